#include "cli/command.hpp"
#include "cli/completion.hpp"

#include <iostream>

namespace evgraph::cli {
namespace {

class CompletionCommand : public Command {
 public:
  const char* name() const override { return "completion"; }
  const char* synopsis() const override { return "Print the bash or zsh completion script (installed with evgraph)"; }

  void setup(CLI::App& app) override {
    m_root = app.get_parent();
    app.add_option("SHELL", m_shell, "bash or zsh")->required()->check(CLI::IsMember({"bash", "zsh"}));
  }

  int run(const RunContext&) override {
    std::cout << (m_shell == "bash" ? bash_completion(*m_root) : zsh_completion(*m_root)) << std::flush;
    return 0;
  }

 private:
  const CLI::App* m_root = nullptr;
  std::string m_shell;
};

}  // namespace

std::unique_ptr<Command> make_completion_command() { return std::make_unique<CompletionCommand>(); }

}  // namespace evgraph::cli
