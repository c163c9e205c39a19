#include "cli/command.hpp"

#include <evgraph/schema.hpp>
#include <evgraph/text.hpp>

#include <iostream>

namespace evgraph::cli {
namespace {

class ValidateCommand : public Command {
 public:
  const char* name() const override { return "validate"; }
  const char* synopsis() const override { return "Check manifests, lexicons, rule packs, styles and graph exports against schemas/"; }

  void setup(CLI::App& app) override { app.add_option("FILE", m_files, "Files to check")->required(); }

  int run(const RunContext& context) override {
    int status = 0;
    for (const auto& file : m_files) {
      try {
        const std::string kind = validate_file(file, context.resources);
        std::cout << file << ": ok (" << kind << ")\n";
      } catch (const Error& e) {
        std::cerr << "evgraph: " << terminal_text(e.what()) << "\n";
        status = 2;
      }
    }
    return status;
  }

 private:
  std::vector<std::string> m_files;
};

}  // namespace

std::unique_ptr<Command> make_validate_command() { return std::make_unique<ValidateCommand>(); }

}  // namespace evgraph::cli
