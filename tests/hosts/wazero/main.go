// Command wazero-driver drives a ts-wasmexport module under wazero, as a reactor.
//
//	wazero-driver MODULE.wasm ['[{"call": "start"}, {"call": "process_a", "args": [1]}]']
//
// The call list is the second argument, or standard input when it is absent or "-". The module
// is instantiated with no imports (or, when it imports only wasi_snapshot_preview1, with
// wazero's WASI, its monotonic clock and sleep the system's) and `_initialize` as its start function, then every call runs
// in order on the same instance. One JSON document is printed:
//
//	{"imports": [...], "exports": [...], "results": [{"call": ..., "value": ...} |
//	                                                 {"call": ..., "trap": ..., "panic": ...}]}
//
// `panic` is the UTF-8 message read from linear memory through wasmexport_panic_ptr/len after
// the trap. A failure outside the calls prints {"error": ...} and exits 2.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"sort"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"
)

type call struct {
	Call string    `json:"call"`
	Args []float64 `json:"args"`
}

// A result is {"call", "value"} (value null for a function without results) or
// {"call", "trap", "panic"} (panic null when the message could not be read).
type result map[string]any

type output struct {
	Imports []string `json:"imports"`
	Exports []string `json:"exports,omitempty"`
	Results []result `json:"results,omitempty"`
	Error   string   `json:"error,omitempty"`
}

func encode(t api.ValueType, v float64) uint64 {
	switch t {
	case api.ValueTypeI32:
		return api.EncodeI32(int32(v))
	case api.ValueTypeI64:
		return api.EncodeI64(int64(v))
	case api.ValueTypeF32:
		return api.EncodeF32(float32(v))
	default:
		return api.EncodeF64(v)
	}
}

func decode(t api.ValueType, v uint64) any {
	switch t {
	case api.ValueTypeI32:
		return api.DecodeI32(v)
	case api.ValueTypeI64:
		return int64(v)
	case api.ValueTypeF32:
		return jsonFloat(float64(api.DecodeF32(v)))
	default:
		return jsonFloat(api.DecodeF64(v))
	}
}

func jsonFloat(f float64) any {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return fmt.Sprint(f)
	}
	return f
}

func panicMessage(ctx context.Context, mod api.Module) *string {
	ptrFn, lenFn := mod.ExportedFunction("wasmexport_panic_ptr"), mod.ExportedFunction("wasmexport_panic_len")
	if ptrFn == nil || lenFn == nil || mod.Memory() == nil {
		return nil
	}
	p, err := ptrFn.Call(ctx)
	if err != nil {
		return nil
	}
	n, err := lenFn.Call(ctx)
	if err != nil {
		return nil
	}
	bytes, ok := mod.Memory().Read(api.DecodeU32(p[0]), api.DecodeU32(n[0]))
	if !ok {
		return nil
	}
	s := string(bytes)
	return &s
}

func run(ctx context.Context, binary []byte, calls []call) output {
	r := wazero.NewRuntime(ctx)
	defer r.Close(ctx)
	compiled, err := r.CompileModule(ctx, binary)
	if err != nil {
		return output{Error: err.Error()}
	}
	out := output{Imports: []string{}}
	for _, f := range compiled.ImportedFunctions() {
		module, name, _ := f.Import()
		out.Imports = append(out.Imports, module+"."+name)
	}
	for name := range compiled.ExportedFunctions() {
		out.Exports = append(out.Exports, name)
	}
	for name := range compiled.ExportedMemories() {
		out.Exports = append(out.Exports, name)
	}
	sort.Strings(out.Exports)
	config := wazero.NewModuleConfig().WithStartFunctions("_initialize")
	for _, f := range compiled.ImportedFunctions() {
		if module, _, _ := f.Import(); module != wasi_snapshot_preview1.ModuleName {
			out.Error = "the module imports host functions"
			return out
		}
	}
	if len(out.Imports) > 0 {
		// wazero's clocks are fakes unless asked for: real time needs the system's.
		wasi_snapshot_preview1.MustInstantiate(ctx, r)
		config = config.WithSysNanotime().WithSysNanosleep().WithSysWalltime()
	}
	mod, err := r.InstantiateModule(ctx, compiled, config)
	if err != nil {
		out.Error = err.Error()
		return out
	}
	out.Results = []result{}
	for _, c := range calls {
		fn := mod.ExportedFunction(c.Call)
		if fn == nil {
			out.Results = append(out.Results, result{"call": c.Call, "trap": "no exported function " + c.Call, "panic": nil})
			continue
		}
		def := fn.Definition()
		params := make([]uint64, len(c.Args))
		for i, a := range c.Args {
			if i < len(def.ParamTypes()) {
				params[i] = encode(def.ParamTypes()[i], a)
			}
		}
		values, err := fn.Call(ctx, params...)
		if err != nil {
			res := result{"call": c.Call, "trap": err.Error(), "panic": nil}
			if msg := panicMessage(ctx, mod); msg != nil {
				res["panic"] = *msg
			}
			out.Results = append(out.Results, res)
			continue
		}
		res := result{"call": c.Call, "value": nil}
		if len(values) > 0 {
			res["value"] = decode(def.ResultTypes()[0], values[0])
		}
		out.Results = append(out.Results, res)
	}
	return out
}

func main() {
	args := os.Args[1:]
	if len(args) == 0 {
		fmt.Println(`{"error": "usage: wazero-driver MODULE.wasm [CALLS_JSON | -]"}`)
		os.Exit(2)
	}
	var text []byte
	var err error
	if len(args) > 1 && args[1] != "-" {
		text = []byte(args[1])
	} else if text, err = io.ReadAll(os.Stdin); err != nil {
		fmt.Printf("{\"error\": %q}\n", err.Error())
		os.Exit(2)
	}
	var calls []call
	if err := json.Unmarshal(text, &calls); err != nil {
		fmt.Printf("{\"error\": %q}\n", "bad call list: "+err.Error())
		os.Exit(2)
	}
	binary, err := os.ReadFile(args[0])
	if err != nil {
		fmt.Printf("{\"error\": %q}\n", err.Error())
		os.Exit(2)
	}
	out := run(context.Background(), binary, calls)
	encoded, _ := json.Marshal(out)
	fmt.Println(string(encoded))
	if out.Error != "" {
		os.Exit(2)
	}
}
