// The C ABI between qins-sim (Rust) and the Verilated RTL tops.
//
// One clock cycle = rising edge, eval, falling edge, eval; inputs set between cycles are
// sampled on the next rising edge. Every entry point that runs cycles runs many of them
// per call (no FFI per cycle). The board tops share one set of entry points over a virtual
// interface (`BoardBase`), each call running its cycles in the top's own loop. Port numbers are the discriminants of the Rust enums
// `AccelPort`, `AluPort` and `BoardPort` (sim/src/lib.rs); keep the lists in the same order.

#include <cstddef>
#include <cstdint>
#include <deque>

#include "verilated.h"
#if VM_TRACE
#include "verilated_vcd_c.h"
#endif

#include "Vqins_accel_sim8.h"
#include "Vqins_alu.h"
#include "Vqins_board_up5k_sim.h"
#include "Vqins_board_ulx3s_sim.h"
#include "Vqins_board_ulx3s25f_sim.h"

namespace {

// Clock period in VCD time units (the context's default time precision).
constexpr uint64_t kHalfPeriod = 5;

template <class Top>
struct Sim {
    VerilatedContext ctx;
    Top* top = nullptr;
#if VM_TRACE
    VerilatedVcdC* vcd = nullptr;
#endif
    uint64_t cycles = 0;

    Sim() {
#if VM_TRACE
        // Lets `trace_open` be a runtime choice (only in a build with tracing compiled in:
        // the `trace` feature of qins-sim).
        ctx.traceEverOn(true);
#endif
        top = new Top(&ctx, "top");
        top->clock = 0;
        top->eval();
    }

    ~Sim() {
        trace_close();
        top->final();
        delete top;
    }

    uint64_t now() const { return 2 * kHalfPeriod * cycles; }

    void tick() {
        top->clock = 1;
        top->eval();
#if VM_TRACE
        if (vcd) vcd->dump(now() + kHalfPeriod);
#endif
        top->clock = 0;
        top->eval();
        ++cycles;
#if VM_TRACE
        if (vcd) vcd->dump(now());
#endif
    }

    void run(uint64_t n) {
        for (uint64_t i = 0; i < n; ++i) tick();
    }

    // 0: tracing to `path`; -1: the file cannot be opened; -2: this build has no tracing.
    int trace_open(const char* path) {
#if VM_TRACE
        trace_close();
        vcd = new VerilatedVcdC;
        top->trace(vcd, 99);
        vcd->open(path);
        if (!vcd->isOpen()) {
            delete vcd;
            vcd = nullptr;
            return -1;
        }
        vcd->dump(now());
        return 0;
#else
        (void)path;
        return -2;
#endif
    }

    void trace_close() {
#if VM_TRACE
        if (vcd) {
            vcd->close();
            delete vcd;
            vcd = nullptr;
        }
#endif
    }
};

using Accel = Sim<Vqins_accel_sim8>;
using Alu = Sim<Vqins_alu>;

// A board top, whatever its accelerator: the entry points `qsim_board_*` take any of them.
// Every call runs many cycles inside the top's own (non-virtual) loop.
struct BoardBase {
    virtual ~BoardBase() = default;
    virtual uint64_t cycles() const = 0;
    virtual int trace_open(const char* path) = 0;
    virtual void trace_close() = 0;
    virtual void send(const uint8_t* bytes, size_t n) = 0;
    virtual void line_break(uint64_t cycles) = 0;
    virtual uint64_t run(uint64_t max_cycles, uint64_t want, bool drain_out) = 0;
    virtual size_t take(uint8_t* buf, size_t cap) = 0;
    virtual uint32_t get(uint32_t port) const = 0;
};

// A board top with both ends of its serial line driven from here: an 8N1 transmitter
// (host -> board, `uart_rx`) fed from a byte queue, and an 8N1 receiver (board -> host,
// `uart_tx`) sampling each bit in its middle into another queue. One step = set uart_rx,
// one clock cycle, sample uart_tx.
template <class Top>
struct Board final : BoardBase {
    Sim<Top> sim;
    uint32_t cpb;
    std::deque<uint8_t> out;  // bytes still to send to the board
    int out_bit = -1;         // -1 idle, 0 start, 1..8 data, 9 stop
    uint32_t out_timer = 0;
    uint8_t out_byte = 0;
    uint64_t break_left = 0;  // cycles the line is still held low (a break)
    std::deque<uint8_t> in;   // bytes received from the board
    int64_t in_t = -1;        // cycles since the start edge, -1 idle
    uint8_t in_shift = 0;
    uint64_t framing_errors = 0;

    explicit Board(uint32_t c) : cpb(c) { sim.top->uart_rx = 1; sim.top->eval(); }

    bool sending() const { return break_left > 0 || out_bit >= 0 || !out.empty(); }

    void step() {
        bool level = true;
        if (break_left > 0) {
            level = false;
            --break_left;
        } else {
            if (out_bit < 0 && !out.empty()) {
                out_byte = out.front();
                out.pop_front();
                out_bit = 0;
                out_timer = 0;
            }
            if (out_bit >= 0) {
                level = out_bit == 0 ? false : out_bit == 9 ? true : ((out_byte >> (out_bit - 1)) & 1);
                if (++out_timer == cpb) {
                    out_timer = 0;
                    if (++out_bit == 10) out_bit = -1;
                }
            }
        }
        sim.top->uart_rx = level ? 1 : 0;
        sim.tick();
        const bool line = sim.top->uart_tx != 0;
        if (in_t < 0) {
            if (!line) in_t = 0;
            return;
        }
        ++in_t;
        const int64_t half = cpb / 2;
        if (in_t < half || (in_t - half) % cpb != 0) return;
        const int64_t k = (in_t - half) / cpb;  // 0 start, 1..8 data, 9 stop
        if (k == 0) {
            if (line) in_t = -1;  // a glitch
        } else if (k <= 8) {
            in_shift = static_cast<uint8_t>((in_shift >> 1) | (line ? 0x80 : 0));
        } else {
            if (line) in.push_back(in_shift); else ++framing_errors;
            in_t = -1;
        }
    }

    uint64_t cycles() const override { return sim.cycles; }
    int trace_open(const char* path) override { return sim.trace_open(path); }
    void trace_close() override { sim.trace_close(); }

    void send(const uint8_t* bytes, size_t n) override {
        for (size_t i = 0; i < n; ++i) out.push_back(bytes[i]);
    }

    void line_break(uint64_t cycles) override {
        while (out_bit >= 0 || !out.empty()) step();
        break_left = cycles;
    }

    uint64_t run(uint64_t max_cycles, uint64_t want, bool drain_out) override {
        uint64_t c = 0;
        while (c < max_cycles) {
            const bool done = in.size() >= want && !(drain_out && sending());
            if (done) break;
            step();
            ++c;
        }
        return c;
    }

    size_t take(uint8_t* buf, size_t cap) override {
        size_t n = 0;
        while (n < cap && !in.empty()) {
            buf[n++] = in.front();
            in.pop_front();
        }
        return n;
    }

    uint32_t get(uint32_t port) const override {
        const auto* t = sim.top;
        switch (port) {
            case 0: return t->uart_tx;
            case 1: return t->led_busy;
            case 2: return t->led_error;
            case 3: return t->uart_rx;
            case 4: return static_cast<uint32_t>(framing_errors);
            default: return 0;
        }
    }
};

constexpr uint32_t mask(unsigned bits) { return bits >= 32 ? 0xFFFFFFFFu : (1u << bits) - 1; }

}  // namespace

// One op of an ALU stream; `tag` is the op's index modulo 2^16.
struct QsimAluIn {
    uint32_t a;
    uint32_t b;
    uint32_t op;
};

// One ALU output: `cycle` is the stream cycle (1-based) after whose rising edge it was seen.
struct QsimAluOut {
    uint64_t cycle;
    uint32_t result;
    uint32_t tag;
    uint32_t illegal;
};

// The ports of a top, numbered as the discriminants of its Rust enum: X(number, signal, bits)
// for each input (masked to its width when set), then Y(number, signal) for each output.
#define ACCEL_PORTS(X, Y)                                                                   \
    X(0, bus_address, 24) X(1, bus_write_data, 32) X(2, bus_write, 1) X(3, bus_read, 1)     \
    Y(4, bus_read_data) Y(5, bus_ready) Y(6, bus_error) Y(7, busy)
#define ALU_PORTS(X, Y)                                                                     \
    X(0, in_valid, 1) X(1, op, 4) X(2, a, 32) X(3, b, 32) X(4, in_tag, 16)                  \
    /* the TableWrite ports (`decode_write$enable` ...: Verilator spells `$` as `__024`) */ \
    X(5, decode_write__024enable, 1) X(6, decode_write__024index, 8)                        \
    X(7, decode_write__024value, 16) X(8, threshold_write__024enable, 1)                    \
    X(9, threshold_write__024index, 8) X(10, threshold_write__024value, 32)                 \
    X(11, code_write__024enable, 1) X(12, code_write__024index, 8)                          \
    X(13, code_write__024value, 8) X(14, lookup_write__024enable, 1)                       \
    X(15, lookup_write__024index, 8) X(16, lookup_write__024value, 8)                       \
    Y(17, out_valid) Y(18, result) Y(19, out_tag) Y(20, out_illegal)

#define SET_INPUT(n, signal, bits) case n: t->signal = v & mask(bits); return 0;
#define GET_PORT(n, signal, ...) case n: return t->signal;
#define NOT_AN_INPUT(n, signal)

// The entry points of a top driven port by port, `qsim_<name>_*`: new, free, run (`n`
// cycles), cycles, trace_open, trace_close, set (-1 when `port` is not an input) and get
// (the port's current value, an input's as set; 0 for an unknown port).
#define SIM_ENTRY_POINTS(name, SimT, PORTS)                                                 \
    void* qsim_##name##_new() { return new SimT; }                                          \
    void qsim_##name##_free(void* h) { delete static_cast<SimT*>(h); }                      \
    void qsim_##name##_run(void* h, uint64_t n) { static_cast<SimT*>(h)->run(n); }          \
    uint64_t qsim_##name##_cycles(void* h) { return static_cast<SimT*>(h)->cycles; }        \
    int qsim_##name##_trace_open(void* h, const char* path) {                               \
        return static_cast<SimT*>(h)->trace_open(path);                                     \
    }                                                                                       \
    void qsim_##name##_trace_close(void* h) { static_cast<SimT*>(h)->trace_close(); }       \
    int qsim_##name##_set(void* h, uint32_t port, uint32_t v) {                             \
        auto* t = static_cast<SimT*>(h)->top;                                               \
        switch (port) {                                                                     \
            PORTS(SET_INPUT, NOT_AN_INPUT)                                                  \
            default: return -1;                                                             \
        }                                                                                   \
    }                                                                                       \
    uint32_t qsim_##name##_get(void* h, uint32_t port) {                                    \
        auto* t = static_cast<SimT*>(h)->top;                                               \
        switch (port) {                                                                     \
            PORTS(GET_PORT, GET_PORT)                                                       \
            default: return 0;                                                              \
        }                                                                                   \
    }

extern "C" {

// ---- accelerator: qins_accel_sim8 ----

SIM_ENTRY_POINTS(accel, Accel, ACCEL_PORTS)

// One bus request: the strobe for one cycle, then one idle cycle; the answer is sampled
// after the second rising edge. Returns bit 0 = ready, bit 1 = error, bit 2 = ready was
// already high after the first edge (an early answer), and the read data in *data.
uint32_t qsim_accel_request(void* h, uint32_t address, uint32_t wdata, uint32_t write,
                            uint32_t* data) {
    auto* s = static_cast<Accel*>(h);
    auto* t = s->top;
    t->bus_address = address & mask(24);
    t->bus_write_data = wdata;
    t->bus_write = write ? 1 : 0;
    t->bus_read = write ? 0 : 1;
    s->tick();
    uint32_t early = t->bus_ready ? 4u : 0u;
    t->bus_write = 0;
    t->bus_read = 0;
    s->tick();
    *data = t->bus_read_data;
    return (t->bus_ready ? 1u : 0u) | (t->bus_error ? 2u : 0u) | early;
}

// ---- ALU: qins_alu ----

SIM_ENTRY_POINTS(alu, Alu, ALU_PORTS)

// Streams `n` ops, one per cycle (op i sampled on the stream's rising edge i + 1), then
// `drain` idle cycles, and collects every valid output, at most `cap`, in order into
// `out`. Returns the number of valid outputs seen (it may exceed `cap`); counts the cycles
// with out_illegal set but out_valid clear into *stray_illegal.
size_t qsim_alu_stream(void* h, const QsimAluIn* in, size_t n, uint64_t drain, QsimAluOut* out,
                       size_t cap, uint64_t* stray_illegal) {
    auto* s = static_cast<Alu*>(h);
    auto* t = s->top;
    size_t seen = 0;
    const uint64_t total = n + drain;
    for (uint64_t c = 0; c < total; ++c) {
        if (c < n) {
            t->in_valid = 1;
            t->op = in[c].op & mask(4);
            t->a = in[c].a;
            t->b = in[c].b;
            t->in_tag = static_cast<uint16_t>(c);
        } else {
            t->in_valid = 0;
        }
        s->tick();
        if (t->out_valid) {
            if (seen < cap) {
                out[seen].cycle = c + 1;
                out[seen].result = t->result;
                out[seen].tag = t->out_tag;
                out[seen].illegal = t->out_illegal;
            }
            ++seen;
        } else if (t->out_illegal) {
            ++*stray_illegal;
        }
    }
    t->in_valid = 0;
    return seen;
}

// ---- boards: qins_board_<board>_sim, driven through their serial line ----

// A new board top: `top` is the index of its board in `qins_core::link::SIM_BOARDS` (0 up5k,
// 1 ulx3s, 2 ulx3s25f; the order of `BoardSim::TOPS` in sim/src/lib.rs); null for another.
void* qsim_board_new(uint32_t top, uint32_t cpb) {
    BoardBase* b = nullptr;
    switch (top) {
        case 0: b = new Board<Vqins_board_up5k_sim>(cpb); break;
        case 1: b = new Board<Vqins_board_ulx3s_sim>(cpb); break;
        case 2: b = new Board<Vqins_board_ulx3s25f_sim>(cpb); break;
        default: return nullptr;
    }
    return b;
}
void qsim_board_free(void* h) { delete static_cast<BoardBase*>(h); }
uint64_t qsim_board_cycles(void* h) { return static_cast<BoardBase*>(h)->cycles(); }
int qsim_board_trace_open(void* h, const char* path) {
    return static_cast<BoardBase*>(h)->trace_open(path);
}
void qsim_board_trace_close(void* h) { static_cast<BoardBase*>(h)->trace_close(); }

// Queues bytes for the board's uart_rx (sent back to back as cycles run).
void qsim_board_send(void* h, const uint8_t* bytes, size_t n) {
    static_cast<BoardBase*>(h)->send(bytes, n);
}

// Holds uart_rx low for `cycles` cycles, after the queued bytes have gone.
void qsim_board_line_break(void* h, uint64_t cycles) {
    static_cast<BoardBase*>(h)->line_break(cycles);
}

// Runs until at least `want` bytes have been received and (if `drain_out`) everything
// queued has been sent, or `max_cycles` cycles; returns the cycles run.
uint64_t qsim_board_run(void* h, uint64_t max_cycles, uint64_t want, uint32_t drain_out) {
    return static_cast<BoardBase*>(h)->run(max_cycles, want, drain_out != 0);
}

// Moves at most `cap` received bytes into `buf`; returns how many.
size_t qsim_board_take(void* h, uint8_t* buf, size_t cap) {
    return static_cast<BoardBase*>(h)->take(buf, cap);
}

// Ports: 0 uart_tx, 1 led_busy, 2 led_error, 3 uart_rx (as driven); 4 framing errors seen
// by the host-side receiver.
uint32_t qsim_board_get(void* h, uint32_t port) { return static_cast<BoardBase*>(h)->get(port); }

}  // extern "C"
