// Monaco's base editor worker (diffs, links, word-based suggestions).
import "monaco-editor/esm/vs/editor/editor.worker.js";
