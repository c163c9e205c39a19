// svg_to_png and svg_to_pdf: librsvg parses and draws the SVG on a cairo surface (an image for
// PNG, a PDF surface for PDF) that writes into memory.
#include <evgraph/error.hpp>
#include <evgraph/raster.hpp>

#include <cairo-pdf.h>
#include <cairo.h>
#include <librsvg/rsvg.h>

#include <algorithm>
#include <cmath>
#include <memory>

namespace evgraph {
namespace {

struct HandleDeleter {
  void operator()(RsvgHandle* handle) const { g_object_unref(handle); }
};
struct SurfaceDeleter {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct ContextDeleter {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
using Handle = std::unique_ptr<RsvgHandle, HandleDeleter>;
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
using Context = std::unique_ptr<cairo_t, ContextDeleter>;

constexpr double kDpi = 96.0;
constexpr double kMaxSide = 32767;  // cairo's largest image surface

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

std::string take_message(GError* error) {
  std::string message = error && error->message ? error->message : "unknown error";
  if (error) g_error_free(error);
  return message;
}

struct ParsedSvg {
  Handle handle;
  double width = 0;   // CSS pixels
  double height = 0;
};

ParsedSvg parse(const std::string& svg) {
  GError* error = nullptr;
  ParsedSvg parsed;
  parsed.handle.reset(rsvg_handle_new_from_data(reinterpret_cast<const guint8*>(svg.data()), svg.size(), &error));
  if (!parsed.handle) throw RenderError("cannot read the SVG drawing: " + take_message(error));
  rsvg_handle_set_dpi(parsed.handle.get(), kDpi);
  if (!rsvg_handle_get_intrinsic_size_in_pixels(parsed.handle.get(), &parsed.width, &parsed.height)) {
    // No absolute width and height: the view box gives the size.
    gboolean has_width = FALSE, has_height = FALSE, has_viewbox = FALSE;
    RsvgLength width, height;
    RsvgRectangle viewbox;
    rsvg_handle_get_intrinsic_dimensions(parsed.handle.get(), &has_width, &width, &has_height, &height, &has_viewbox,
                                         &viewbox);
    if (!has_viewbox) throw RenderError("the SVG drawing has no size to render it at");
    parsed.width = viewbox.width;
    parsed.height = viewbox.height;
  }
  if (!(parsed.width > 0 && parsed.height > 0)) throw RenderError("the SVG drawing has an empty size");
  return parsed;
}

void draw(const ParsedSvg& parsed, cairo_t* cr) {
  GError* error = nullptr;
  const RsvgRectangle viewport{0, 0, parsed.width, parsed.height};
  if (!rsvg_handle_render_document(parsed.handle.get(), cr, &viewport, &error))
    throw RenderError("cannot draw the SVG: " + take_message(error));
}

}  // namespace

std::string svg_to_png(const std::string& svg, double scale) {
  const ParsedSvg parsed = parse(svg);
  scale = std::min({scale, kMaxSide / parsed.width, kMaxSide / parsed.height});
  const int width = static_cast<int>(std::ceil(parsed.width * scale));
  const int height = static_cast<int>(std::ceil(parsed.height * scale));
  Surface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
    throw RenderError("cannot make a " + std::to_string(width) + "x" + std::to_string(height) + " image");
  {
    Context cr(cairo_create(surface.get()));
    cairo_scale(cr.get(), scale, scale);
    draw(parsed, cr.get());
  }
  std::string png;
  if (cairo_surface_write_to_png_stream(surface.get(), append_to_string, &png) != CAIRO_STATUS_SUCCESS)
    throw RenderError("cannot encode the PNG image");
  return png;
}

std::string svg_to_pdf(const std::string& svg) {
  const ParsedSvg parsed = parse(svg);
  const double points = 72.0 / kDpi;
  std::string pdf;
  Surface surface(cairo_pdf_surface_create_for_stream(append_to_string, &pdf, parsed.width * points,
                                                      parsed.height * points));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) throw RenderError("cannot make a PDF page");
  // cairo stamps the PDF with the time it was made unless told otherwise: the same drawing must
  // give the same bytes.
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, "");
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "evgraph");
  {
    Context cr(cairo_create(surface.get()));
    cairo_scale(cr.get(), points, points);
    draw(parsed, cr.get());
  }
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) throw RenderError("cannot write the PDF");
  return pdf;
}

}  // namespace evgraph
