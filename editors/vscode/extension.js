// Starts `poa-report lsp` for YAML files: the findings of `validate` as you
// type, hover with the template's words, completion and quick fixes. Use it
// beside the YAML extension (yaml-language-server), which formats the file
// and checks it against the JSON Schema.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration("poaReport");
  const command = settings.get("path") || "poa-report";
  const lang = settings.get("lang") || vscode.env.language;
  client = new LanguageClient(
    "poaReport",
    "PoA/ITI report",
    { command, args: ["lsp"] },
    {
      documentSelector: [{ scheme: "file", language: "yaml" }],
      initializationOptions: { lang },
    }
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
