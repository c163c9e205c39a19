#include "timeline_marks.hpp"

#include "text_util.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace evgraph::detail {
namespace {

std::string outline_class(const std::string& p, MarkOutline outline) {
  switch (outline) {
    case MarkOutline::solid: return "";
    case MarkOutline::dashed: return " " + p + "-dashed";
    case MarkOutline::dotted: return " " + p + "-dotted";
  }
  return "";
}

std::string fill_class(const std::string& p, MarkFill fill) { return fill == MarkFill::hollow ? " " + p + "-hollow" : ""; }

void draw_dot(SvgWriter& svg, const std::string& p, double cx, double cy, const std::string& cls,
              const ModalityLook& look, const TimelineMetrics& m) {
  const std::string base = p + "-dot " + cls + " " + p + "-mk";
  if (look.fill == MarkFill::hollow) {
    // A ring in the type's colour; its stroke takes the place of the background halo.
    svg.empty("circle", {{"cx", num(cx)}, {"cy", num(cy)}, {"r", num(m.point_radius - 0.5)},
                         {"class", base + fill_class(p, look.fill) + outline_class(p, look.outline)}});
  } else if (look.outline != MarkOutline::solid) {
    // A filled dot and a broken ring around it: a stroke on the dot itself would vanish into it.
    svg.empty("circle", {{"cx", num(cx)}, {"cy", num(cy)}, {"r", num(m.point_radius - 1.2)}, {"class", base}});
    svg.empty("circle", {{"cx", num(cx)}, {"cy", num(cy)}, {"r", num(m.point_radius + 1.3)},
                         {"class", p + "-ring " + cls + " " + p + "-mk" + outline_class(p, look.outline)}});
  } else {
    svg.empty("circle", {{"cx", num(cx)}, {"cy", num(cy)}, {"r", num(m.point_radius)}, {"class", base}});
  }
}

}  // namespace

void draw_mark(SvgWriter& svg, const std::string& p, MarkKind kind, double x0, double x1, double cy,
               const std::string& cls, const ModalityLook& look, const TimelineMetrics& m) {
  const double half = m.bar_height / 2;
  const std::string modality = fill_class(p, look.fill) + outline_class(p, look.outline);
  switch (kind) {
    case MarkKind::point: draw_dot(svg, p, (x0 + x1) / 2, cy, cls, look, m); break;
    case MarkKind::range:
      svg.empty("rect", {{"x", num(x0)}, {"y", num(cy - half)}, {"width", num(x1 - x0)}, {"height", num(2 * half)},
                         {"rx", "3"}, {"class", p + "-range " + cls + " " + p + "-mk" + modality}});
      break;
    case MarkKind::between: {
      // Somewhere inside, not all along: a square bar between brackets that stand out of it.
      svg.empty("rect", {{"x", num(x0)}, {"y", num(cy - half)}, {"width", num(x1 - x0)}, {"height", num(2 * half)},
                         {"class", p + "-between " + cls + " " + p + "-mk" + modality}});
      const double top = cy - half - 3;
      const double bottom = cy + half + 3;
      const double arm = std::min(4.0, (x1 - x0) / 3);
      svg.empty("path", {{"d", fmt::format("M{0},{1}H{2}V{3}H{0}M{4},{1}H{5}V{3}H{4}", num(x0 + arm), num(top), num(x0),
                                           num(bottom), num(x1 - arm), num(x1))},
                         {"class", p + "-bracket " + cls + " " + p + "-mk"}});
      break;
    }
    case MarkKind::before:
    case MarkKind::after: {
      // The known bound is a bar (its outline the modality's); the unknown side a dashed shaft
      // ending in a head, filled or hollow.
      const double bound = kind == MarkKind::before ? x1 : x0;
      const double tip = kind == MarkKind::before ? x0 : x1;
      const double dir = kind == MarkKind::before ? 1 : -1;  // from the tip towards the bound
      svg.empty("path", {{"d", fmt::format("M{0},{1}V{2}", num(bound), num(cy - half), num(cy + half))},
                         {"class", p + "-bound " + cls + " " + p + "-mk" + outline_class(p, look.outline)}});
      svg.empty("path", {{"d", fmt::format("M{0},{1}H{2}", num(bound), num(cy), num(tip + dir * 6))},
                         {"class", p + "-shaft " + cls + " " + p + "-mk"}});
      svg.empty("path", {{"d", fmt::format("M{0},{1}L{2},{3}L{2},{4}Z", num(tip), num(cy), num(tip + dir * 7),
                                            num(cy - 4), num(cy + 4))},
                         {"class", p + "-head " + cls + " " + p + "-mk" + fill_class(p, look.fill)}});
      break;
    }
    case MarkKind::undated: break;
  }
}

std::string label_look_classes(const std::string& p, const ModalityLook& look) {
  switch (look.label) {
    case LabelLook::plain: return "";
    case LabelLook::italic: return " " + p + "-italic";
    case LabelLook::struck: return " " + p + "-struck";
  }
  return "";
}

}  // namespace evgraph::detail
