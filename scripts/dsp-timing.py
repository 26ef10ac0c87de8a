#!/usr/bin/env python3
"""Static timing of a routed UP5K design with the SB_MAC16s' own delays.

nextpnr-ice40 has no timing data for the SB_MAC16 (its chipdb carries cell timings for the
logic cell, the global buffer, the block RAM and the SPRAM only) and treats every DSP port as
a register clocked by the DSP's CLK pin with 0.1 ns setup and 0.1 ns clock-to-out
(`getPortClockingInfo` in nextpnr's ice40/arch.cc). So:
- a combinational MAC16 (CLK tied low) splits every register -> MAC16 -> register path into
  two legs, timed against `$PACKER_GND_NET` and left out of Fmax, without the multiplier;
- a pipelined MAC16 (CLK on the clock) is timed with 0.1 ns from its clock to O, where
  icestorm's database gives about 2 ns for a 16 x 16 product from its pipeline register,
  and more when the product goes through the MAC16's adder before O;
- a MAC16 input that reaches O without a register (the adder's C / D operands) is cut in two.

This script redoes nextpnr's analysis from the delays nextpnr wrote for the routed design
(`--sdf`: every logic cell, carry, block RAM and every routed connection), with each MAC16's
arcs replaced by icestorm's slow-corner figures for its configuration (read from the routed
netlist, `--write`), and takes the longest register-to-register path. First it runs the same
analysis with nextpnr's own MAC16 arcs and checks that it reproduces the worst path of
nextpnr's `--report` (over its clock pairs, the legs to and from the combinational MAC16s
included) to 0.01 ns; if it does not, it says so and exits 2, so a misread file never
yields a figure.

Configurations with a delay (others exit 2 and name the parameter):
- combinational 16 x 16 multiplier (no register, O = the product): A/B -> O, the worst of
  SB_MAC16_MUL_{S,U}_16X16_BYPASS;
- A/B registered, 16 x 16 product pipelined, O = the product: CLK -> O from
  SB_MAC16_MUL_{S,U}_16X16_IM_BYPASS, A/B setup from the same;
- as above but O = the 32-bit adder (unregistered) of the pipelined product and direct C / D:
  CLK -> O = that clock-to-out + the adder from its lower operand (A/B -> O of
  SB_MAC16_ADS_U_32P32_BYPASS), C/D -> O from SB_MAC16_ADS_U_32P32_BYPASS (an upper bound:
  the product register's clock-to-out already includes the output multiplexer);
- the same with the sum in the MAC16's output register: CLK -> O of that register (the worst
  of SB_MAC16_MAC_{S,U}_16X16_IM_BYPASS and SB_MAC16_ACC_U_32P32_BYPASS), C/D setup taken
  as their delay to O in SB_MAC16_ADS_U_32P32_BYPASS (an upper bound), and the path inside
  (product register -> adder -> output register) checked against the clock too.

Usage: scripts/dsp-timing.py SDF ROUTED_JSON PNR_JSON CLOCK_MHZ [--db TIMINGS] [--json OUT]
       [--fmax-mhz] [--paths N]
--paths N also lists the N worst pairs of design blocks (the launch register's block -> the
endpoint's, each the first three levels of the instance name), each with its worst path and
how many endpoints lie within 10 % of it: whether the clock is held by one path or by many
blocks at once. Exits 1 when the design misses the clock, 2 on bad input. With --fmax-mhz it prints only
the Fmax in MHz and exits 0 (scripts/fpga.sh takes a seed's Fmax as the lower of nextpnr's
and this one).
"""
import json
import re
import sys
from collections import defaultdict

DEFAULT_DB = "/usr/share/fpga-icestorm/chipdb/timings_up5k.txt"
CHECK_NS = 0.01  # how closely the nextpnr-arc analysis must reproduce nextpnr's report
CONSTANT_NETS = ("$PACKER_GND_NET", "$PACKER_VCC_NET")


def fail(msg, code=2):
    print(f"dsp-timing: {msg}", file=sys.stderr)
    sys.exit(code)


# ---------------------------------------------------------------- SDF (as nextpnr writes it)
def tokens(text):
    """'(', ')', and atoms; a backslash escapes the next character (nextpnr escapes
    $ \\ [ ] : in names), which stays in the atom without the backslash."""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in " \t\r\n":
            i += 1
        elif c in "()":
            yield c
            i += 1
        elif c == '"':
            j = text.index('"', i + 1)
            yield text[i + 1 : j]
            i = j + 1
        else:
            atom = []
            while i < n and text[i] not in " \t\r\n()":
                if text[i] == "\\" and i + 1 < n:
                    i += 1
                atom.append(text[i])
                i += 1
            yield "".join(atom)


def sexpr(text):
    stack, top = [], []
    for t in tokens(text):
        if t == "(":
            stack.append(top)
            top = []
        elif t == ")":
            if not stack:
                raise ValueError("unbalanced ')'")
            done, top = top, stack.pop()
            top.append(done)
        else:
            top.append(t)
    if stack:
        raise ValueError("unbalanced '('")
    return top


def worst(triples):
    """The largest max of SDF delay triples like ['0.1:0.2:0.3'] (empty fields are 0)."""
    best = 0.0
    for t in triples:
        if isinstance(t, list) and t and isinstance(t[0], str):
            best = max(best, max(float(x) if x else 0.0 for x in t[0].split(":")))
    return best


def pin(ref):
    """'a.b.c/PORT' -> ('a.b.c', 'PORT') (nextpnr's SDF divider is '/')."""
    cell, _, port = ref.rpartition("/")
    if not cell:
        raise ValueError(f"interconnect end {ref!r} names no cell")
    return cell, port


def read_sdf(path):
    """{instance: {"type", "arcs": [(from, to, ns)], "setup": {port: (clock, ns)}}}, and the
    routed connections [((cell, port), (cell, port), ns)]."""
    tree = sexpr(open(path).read())
    if not tree or not isinstance(tree[0], list) or tree[0][:1] != ["DELAYFILE"]:
        raise ValueError(f"{path} is not an SDF file")
    cells, wires = {}, []
    scale = {"1ps": 1e-3, "1ns": 1.0}
    unit = next((f[1] for f in tree[0][1:] if isinstance(f, list) and f[:1] == ["TIMESCALE"]), "1ns")
    if unit not in scale:
        raise ValueError(f"{path}: timescale {unit} is not 1ps or 1ns")
    k = scale[unit]
    for item in tree[0][1:]:
        if not isinstance(item, list) or item[:1] != ["CELL"]:
            continue
        fields = {f[0]: f[1:] for f in item[1:] if isinstance(f, list) and f}
        ctype = fields.get("CELLTYPE", [""])[0]
        inst = "".join(fields.get("INSTANCE", []))
        cell = {"type": ctype, "arcs": [], "setup": {}}
        for block in fields.get("DELAY", []):
            if block[:1] != ["ABSOLUTE"]:
                continue
            for entry in block[1:]:
                if entry[0] == "IOPATH":
                    cell["arcs"].append((entry[1], entry[2], k * worst(entry[3:])))
                elif entry[0] == "INTERCONNECT":
                    wires.append((pin(entry[1]), pin(entry[2]), k * worst(entry[3:])))
        for check in fields.get("TIMINGCHECK", []):
            if isinstance(check, list) and check[:1] == ["SETUPHOLD"]:
                port, clock = check[1][-1], check[2][-1]
                ns = k * worst(check[3:4])
                old = cell["setup"].get(port, (clock, 0.0))[1]
                cell["setup"][port] = (clock, max(old, ns))
        if inst:
            cells[inst] = cell
    if not cells:
        raise ValueError(f"{path} has no cells")
    return cells, wires


# ---------------------------------------------------------------- icestorm's MAC16 delays
def read_db(path):
    """{cell: {(kind, from_port, to_port): worst slow-corner ns}}; kind is IOPATH or SETUP,
    ports without their bit index."""
    db = defaultdict(dict)
    cell = None
    for line in open(path):
        f = line.split()
        if not f:
            continue
        if f[0] == "CELL":
            cell = f[1]
            continue
        if not (cell or "").startswith("SB_MAC16") or f[0] not in ("IOPATH", "SETUP"):
            continue
        a, b = (x.split(":")[-1].split("[")[0] for x in f[1:3])
        ns = max(float(x.split(":")[2]) for x in f[3:5] if x.count(":") == 2) / 1000.0
        key = (f[0], a, b)
        db[cell][key] = max(db[cell].get(key, 0.0), ns)
    return db


def db_delay(db, cells, kind, a, b):
    """The worst delay of one arc over some database cells."""
    found = [db[c][(kind, a, b)] for c in cells if (kind, a, b) in db.get(c, {})]
    if not found:
        fail(f"the timing database has no {kind} {a} -> {b} for {', '.join(cells)}")
    return max(found)


def param(cell, name):
    v = cell["parameters"].get(name, "0")
    try:
        return int(v, 2) if set(v) <= {"0", "1"} else int(v)
    except ValueError:
        fail(f"SB_MAC16 parameter {name}={v!r} is not a number")


def dsp_arcs(name, cell, db, outputs_read):
    """The MAC16's (from, to, ns) arcs and {port: setup ns}, from its configuration;
    outputs_read: its output ports that drive a routed connection."""
    conn = cell["connections"]
    clocked = conn.get("CLK") not in (None, *CONSTANT_NETS)
    regs = {p: param(cell, p) for p in (
        "A_REG", "B_REG", "C_REG", "D_REG", "TOP_8x8_MULT_REG", "BOT_8x8_MULT_REG",
        "PIPELINE_16x16_MULT_REG1", "PIPELINE_16x16_MULT_REG2")}
    top, bot = param(cell, "TOPOUTPUT_SELECT"), param(cell, "BOTOUTPUT_SELECT")
    used_out = sorted(p for p in outputs_read if not p.startswith("O_"))
    if used_out:
        fail(f"{name}: outputs {used_out} are used; only O has delays here")
    if param(cell, "MODE_8x8"):
        fail(f"{name}: MODE_8x8 is not a configuration with delays here")
    mul_bypass = ("SB_MAC16_MUL_S_16X16_BYPASS", "SB_MAC16_MUL_U_16X16_BYPASS")
    mul_pipe = ("SB_MAC16_MUL_S_16X16_IM_BYPASS", "SB_MAC16_MUL_U_16X16_IM_BYPASS")
    adder = ("SB_MAC16_ADS_U_32P32_BYPASS",)
    arcs, setup = [], {}
    if not clocked and not any(regs.values()) and top == bot == 3:
        kind = "combinational 16 x 16 multiplier"
        for a in ("A", "B"):
            arcs.append((a, "O", db_delay(db, mul_bypass, "IOPATH", a, "O")))
        return kind, arcs, setup
    pipelined = clocked and regs["A_REG"] and regs["B_REG"] and regs["PIPELINE_16x16_MULT_REG1"] \
        and regs["TOP_8x8_MULT_REG"] and regs["BOT_8x8_MULT_REG"] and not regs["PIPELINE_16x16_MULT_REG2"]
    if not pipelined:
        fail(f"{name}: register choice {regs} (CLK {'on a clock' if clocked else 'constant'}) "
             "has no delays here")
    for a in ("A", "B"):
        setup[a] = db_delay(db, mul_pipe, "SETUP", a, "CLK")
    clk_o = db_delay(db, mul_pipe, "IOPATH", "CLK", "O")
    if top == bot == 3:
        return "pipelined 16 x 16 multiplier", [("CLK", "O", clk_o)], setup
    lower = (param(cell, "TOPADDSUB_LOWERINPUT"), param(cell, "BOTADDSUB_LOWERINPUT"))
    upper = (param(cell, "TOPADDSUB_UPPERINPUT"), param(cell, "BOTADDSUB_UPPERINPUT"))
    # the product into the 32-bit adder's lower operand, C / D direct into its upper one
    if top not in (0, 1) or top != bot or lower != (2, 2) or upper != (1, 1) \
            or regs["C_REG"] or regs["D_REG"]:
        fail(f"{name}: output selects {top}/{bot}, adder inputs lower {lower} upper {upper} "
             f"(C / D registers {regs['C_REG']} / {regs['D_REG']}) have no delays here")
    through = max(db_delay(db, adder, "IOPATH", a, "O") for a in ("A", "B"))
    if top == 0:
        arcs.append(("CLK", "O", clk_o + through))
        for a in ("C", "D", "ADDSUBTOP", "ADDSUBBOT"):
            arcs.append((a, "O", db_delay(db, adder, "IOPATH", a, "O")))
        return "pipelined 16 x 16 multiplier into the 32-bit adder", arcs, setup
    # the sum in the MAC16's output register: clock -> O of that register; C / D and ADDSUB
    # reach the register through the adder, taken at their delay to O with the adder's output
    # unregistered (an upper bound: it adds the output multiplexer and pin, about 1.4 ns on
    # A/B, instead of the register's setup); the product register -> adder -> output
    # register path inside the MAC16 is checked as a path of its own
    accumulator = ("SB_MAC16_MAC_S_16X16_IM_BYPASS", "SB_MAC16_MAC_U_16X16_IM_BYPASS",
                   "SB_MAC16_ACC_U_32P32_BYPASS")
    arcs.append(("CLK", "O", db_delay(db, accumulator, "IOPATH", "CLK", "O")))
    arcs.append(("CLK", "#sum", clk_o + through))
    setup["#sum"] = 0.0
    for a in ("C", "D", "ADDSUBTOP", "ADDSUBBOT"):
        setup[a] = db_delay(db, adder, "IOPATH", a, "O")
    return "pipelined 16 x 16 multiplier into the 32-bit adder, sum registered", arcs, setup


def bit_arcs(connections, arcs, setup):
    """The DSP's arcs on its bit ports (nextpnr names them A_0 .. O_31): every connected bit
    of an input reaches an internal node with the arc's delay, which reaches every connected
    output bit; a CLK arc makes that node a launch point."""
    def base(port):
        head, _, tail = port.rpartition("_")
        return head if head and tail.isdigit() else port

    live = [p for p, net in connections.items() if net not in (None, *CONSTANT_NETS)]
    out = []
    for a, b, ns in arcs:
        if b.startswith("#"):  # a path inside the MAC16
            out.append((a, b, ns))
            continue
        sources = ["CLK"] if a == "CLK" else [p for p in live if base(p) == a]
        out += [(p, "#core", ns) for p in sources]
        out += [("#core", p, 0.0) for p in live if base(p) == b]
    checks = {p: setup[base(p)] for p in live if base(p) in setup}
    checks.update({p: ns for p, ns in setup.items() if p.startswith("#")})
    return out, checks


# ---------------------------------------------------------------- the analysis
def arrivals(cells, wires, overrides):
    """Latest arrival at every node of the timing graph, and the setup checks: ({(cell, port):
    (ns, previous node or None at a launch)}, {(cell, port): setup ns}). overrides: {instance:
    (arcs, setup)} replace the SDF's arcs and checks of those cells, whose CLK is then no
    launch unless an arc starts there. A combinational loop is a ValueError."""
    fanout = defaultdict(list)  # (cell, port) -> [((cell, port), ns)]
    starts = {}
    checks = {}
    for name, c in cells.items():
        arcs, setup = overrides.get(name, (c["arcs"], {p: s for p, (_, s) in c["setup"].items()}))
        clock_ports = {clk for clk, _ in c["setup"].values()} | {"CLK", "RCLK", "WCLK", "CLOCK"}
        for a, b, ns in arcs:
            if a in clock_ports:
                key = (name, b)
                starts[key] = max(starts.get(key, 0.0), ns)
            else:
                fanout[(name, a)].append(((name, b), ns))
        for p, ns in setup.items():
            checks[(name, p)] = ns
    for src, dst, ns in wires:
        fanout[src].append((dst, ns))
    # longest arrival by relaxation in topological order (Kahn); a loop is an error
    indeg = defaultdict(int)
    for u, outs in fanout.items():
        for v, _ in outs:
            indeg[v] += 1
    arrival = {k: (v, None) for k, v in starts.items()}  # node -> (ns, previous node)
    # sorted, so that among paths of equal length the same one is reported on every run
    ready = sorted(n for n in set(fanout) | set(starts) if indeg[n] == 0)
    while ready:
        u = ready.pop()
        for v, ns in fanout.get(u, ()):
            if u in arrival:
                t = arrival[u][0] + ns
                if v not in arrival or t > arrival[v][0]:
                    arrival[v] = (t, u)
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
    if any(d > 0 for d in indeg.values()):
        raise ValueError("the timing graph has a combinational loop")
    return arrival, checks


def trace(arrival, node):
    """The path into node, launch first: [(cell, port, arrival ns)]."""
    path = []
    while node is not None:
        path.append((node[0], node[1], arrival[node][0]))
        node = arrival[node][1]
    return list(reversed(path))


def longest(arrival, checks):
    """Longest register-to-register path over every setup check of arrivals()' result: (ns,
    [(cell, port, arrival ns)] from its launch to its endpoint)."""
    best = (0.0, None)
    for ep, ns in checks.items():
        if ep in arrival:
            t = arrival[ep][0] + ns
            if t > best[0]:
                best = (t, ep)
    return best[0], trace(arrival, best[1])


def block(cell):
    """The design block a placed cell belongs to: its first three hierarchy levels, less the
    suffixes yosys and nextpnr add (`accel.array.pe$0.product.d_SB_MAC16_O_DSP` ->
    `accel.array.pe$0`); nextpnr's own cells (`$nextpnr_...`) are `(nextpnr)`."""
    if cell.startswith("$nextpnr"):
        return "(nextpnr)"
    parts = cell.split(".")[:3]
    parts[-1] = re.sub(r"_SB_.*|_(DFFLC|LC|RAM|DSP)$", "", parts[-1])
    return ".".join(parts)


def block_pairs(arrival, checks, count):
    """The count worst (launch block, endpoint block) pairs of arrivals()' result: [{"ns",
    "from", "to", "endpoints"}], each with its worst path and how many endpoints of that pair
    have paths within 10 % of it (how wide the problem is). Launches are traced back to a
    register."""
    pairs = {}
    for ep, setup in checks.items():
        if ep not in arrival:
            continue
        t = arrival[ep][0] + setup
        path = trace(arrival, ep)
        key = (block(path[0][0]), block(ep[0]))
        pairs.setdefault(key, []).append(t)
    rows = []
    for (a, b), times in pairs.items():
        worst_ns = max(times)
        rows.append({"ns": round(worst_ns, 3), "from": a, "to": b,
                     "endpoints": sum(t >= 0.9 * worst_ns for t in times)})
    rows.sort(key=lambda r: (-r["ns"], r["from"], r["to"]))
    return rows[:count]


def nextpnr_worst(pnr_json):
    """nextpnr's worst path (ns) over the clock pairs it times: the clock's own and the legs to
    and from combinational DSPs ($PACKER_GND_NET); async and IO pairs are left out, as here."""
    report = json.load(open(pnr_json))
    worst_ns = 0.0
    for p in report.get("critical_paths", []):
        if p.get("from", "").startswith("posedge") and p.get("to", "").startswith("posedge"):
            worst_ns = max(worst_ns, sum(s.get("delay", 0.0) for s in p["path"]))
    fmax = [v.get("achieved") for v in report.get("fmax", {}).values()]
    return worst_ns, (min(fmax) if fmax else None)


def main(argv):
    opts, args, rest = {}, [], list(argv)
    while rest:
        a = rest.pop(0)
        if a in ("--db", "--json", "--paths"):
            if not rest:
                fail(f"{a} needs a value")
            opts[a] = rest.pop(0)
        elif a == "--fmax-mhz":
            opts[a] = True
        elif a.startswith("--"):
            fail(f"unknown option {a}")
        else:
            args.append(a)
    if len(args) != 4:
        fail("usage: dsp-timing.py SDF ROUTED_JSON PNR_JSON CLOCK_MHZ [--db TIMINGS] "
             "[--json OUT] [--fmax-mhz] [--paths N]")
    sdf, routed, pnr_json, clock = args
    try:
        clock = float(clock)
    except ValueError:
        fail(f"the clock {clock!r} is not a number in MHz")
    paths = opts.get("--paths", "0")
    if not paths.isdigit():
        fail(f"--paths {paths!r} is not a count")
    paths = int(paths)
    try:
        cells, wires = read_sdf(sdf)
        netlist = json.load(open(routed))
        modules = netlist.get("modules", {})
        top = next((m for m in modules.values() if m.get("attributes", {}).get("top")), None)
        if top is None and len(modules) == 1:
            top = next(iter(modules.values()))
        if top is None:
            raise ValueError(f"{routed} has no top module")
        dsps = {n: c for n, c in top["cells"].items() if c["type"] == "ICESTORM_DSP"}
        missing = [n for n in dsps if n not in cells]
        if missing:
            raise ValueError(f"{sdf} has no delays for DSP {missing[0]} of {routed}")
        db = read_db(opts.get("--db", DEFAULT_DB)) if dsps else {}
        net_name = net_names(top)
        read = defaultdict(set)  # DSP -> its output ports that drive a routed connection
        for (cell, port), _, _ in wires:
            if cell in dsps:
                read[cell].add(port)
        kinds, overrides = {}, {}
        for n, c in dsps.items():
            # connections hold bit numbers; the module's netnames name them
            c = dict(c)
            c["connections"] = {p: net_name(b) for p, b in c["connections"].items()}
            kind, arcs, setup = dsp_arcs(n, c, db, read[n])
            kinds[kind] = kinds.get(kind, 0) + 1
            overrides[n] = bit_arcs(c["connections"], arcs, setup)
        # nextpnr's own DSP arcs first: the analysis must reproduce its report
        own_ns, _ = longest(*arrivals(cells, wires, {}))
        reported_ns, nextpnr_mhz = nextpnr_worst(pnr_json)
    except (OSError, ValueError, KeyError, IndexError, StopIteration) as e:
        fail(f"{type(e).__name__}: {e}")
    if abs(own_ns - reported_ns) > CHECK_NS:
        fail(f"with nextpnr's own DSP arcs this analysis finds {own_ns:.3f} ns, nextpnr reports "
             f"{reported_ns:.3f} ns: the files are misread, no figure")
    try:
        graph = arrivals(cells, wires, overrides)
        real_ns, path = longest(*graph)
        pairs = block_pairs(*graph, paths) if paths else []
    except ValueError as e:
        fail(f"ValueError: {e}")
    if real_ns <= 0.0:
        fail(f"{sdf} has no register-to-register path")
    on_path = sorted({c for c, _, _ in path if c in dsps})
    result = {
        "clock_mhz": clock,
        "nextpnr_worst_ns": round(reported_ns, 3),
        "nextpnr_fmax_mhz": nextpnr_mhz,
        "reproduced_ns": round(own_ns, 3),
        "dsps": kinds,
        "worst_ns": round(real_ns, 3),
        "fmax_mhz": round(1000.0 / real_ns, 2),
        "worst_from": f"{path[0][0]}/{path[0][1]}" if path else None,
        "worst_to": f"{path[-1][0]}/{path[-1][1]}" if path else None,
        "dsps_on_worst_path": on_path,
        "worst_path": [[f"{c}/{p}", round(t, 3)] for c, p, t in path],
        "meets": real_ns <= 1000.0 / clock,
    }
    if paths:
        result["worst_block_pairs"] = pairs
    if "--json" in opts:
        json.dump(result, open(opts["--json"], "w"), indent=2)
    if "--fmax-mhz" in opts:
        print(result["fmax_mhz"])
        sys.exit(0)
    print(
        f"dsp-timing: with the MAC16s' own delays ({', '.join(f'{v} {k}' for k, v in sorted(kinds.items())) or 'no MAC16'}) "
        f"the worst path is {real_ns:.2f} ns ({result['fmax_mhz']} MHz; nextpnr {reported_ns:.2f} ns, "
        f"reproduced here to {CHECK_NS} ns), {result['worst_from']} -> {result['worst_to']}"
        f"{' through ' + ', '.join(on_path) if on_path else ''}; against {1000.0 / clock:.2f} ns "
        f"({clock} MHz): {'meets' if result['meets'] else 'MISSES'} the clock"
    )
    if pairs:
        print(f"dsp-timing: the {len(pairs)} worst block pairs (launch block -> endpoint block: "
              "worst path, endpoints within 10 % of it):")
        for r in pairs:
            print(f"  {r['ns']:7.2f} ns {r['endpoints']:5d}  {r['from']} -> {r['to']}")
    sys.exit(0 if result["meets"] else 1)


def net_names(module):
    """A function from a connection's bits to the name of its net (nextpnr's netnames), or
    the constant net's name for a constant bit."""
    by_bit = {}
    for name, n in module.get("netnames", {}).items():
        for b in n.get("bits", []):
            by_bit.setdefault(b, name)

    def name(bits):
        if not bits:
            return None
        b = bits[0]
        if isinstance(b, str):
            return CONSTANT_NETS[0] if b == "0" else CONSTANT_NETS[1]
        return by_bit.get(b, f"net {b}")

    return name


if __name__ == "__main__":
    main(sys.argv[1:])
