// Self-checking Icarus Verilog testbench of rtl/qins_alu.v against vectors from the model
// (written by `gen-vectors`, layouts in tests/src/vectors.rs).
//
//   vvp alu.vvp +narrow=alu_narrow.hex +n_narrow=N +wide=alu_wide.hex +n_wide=M
//
// Streams the narrow vectors, then the wide ones, one per cycle (with a few deterministic
// bubbles carrying garbage inputs and in_valid = 0), in_tag = vector index. Every cycle with
// out_valid is compared in issue order: result, out_illegal, out_tag, and the latency
// (exactly LATENCY cycles from issue). out_valid must never be high with nothing in
// flight. Ends with a line starting "ALU PASS" or "ALU FAIL".

module alu_tb;
    localparam integer LATENCY = 18;     // LATENCY in hdl/src/alu/mod.rs
    localparam integer RING = 64;        // issue cycles kept (more than LATENCY in flight)
    localparam integer MAX_NARROW = 1 << 19;
    localparam integer MAX_WIDE = 1 << 16;
    localparam integer SHOW = 10;        // mismatches printed in full
    localparam integer BUBBLE_EVERY = 4093;

    reg [27:0] narrow [0:MAX_NARROW - 1];
    reg [103:0] wide [0:MAX_WIDE - 1];
    reg [8*1024-1:0] narrow_file, wide_file;
    integer n_narrow, n_wide, total;

    reg clock = 1'b0;
    reg in_valid = 1'b0;
    reg [3:0] op = 4'd0;
    reg [31:0] a = 32'd0, b = 32'd0;
    reg [15:0] in_tag = 16'd0;
    wire out_valid, out_illegal;
    wire [31:0] result;
    wire [15:0] out_tag;

    qins_alu dut (
        .clock(clock), .in_valid(in_valid), .op(op), .a(a), .b(b), .in_tag(in_tag),
        .out_valid(out_valid), .result(result), .out_tag(out_tag), .out_illegal(out_illegal),
        .decode_write$enable(1'b0), .decode_write$index(8'd0), .decode_write$value(16'sd0),
        .threshold_write$enable(1'b0), .threshold_write$index(8'd0),
        .threshold_write$value(32'sd0),
        .code_write$enable(1'b0), .code_write$index(8'd0), .code_write$value(8'd0),
        .lookup_write$enable(1'b0), .lookup_write$index(8'd0), .lookup_write$value(8'd0)
    );

    always #5 clock = ~clock;

    // vector k as {illegal[103:100], op[99:96], a[95:64], b[63:32], result[31:0]}
    function [103:0] vec(input integer k);
        reg [27:0] e;
        begin
            if (k < n_narrow) begin
                e = narrow[k];
                vec = {4'd0, e[27:24], 24'd0, e[23:16], 24'd0, e[15:8], 24'd0, e[7:0]};
            end else begin
                vec = wide[k - n_narrow];
            end
        end
    endfunction

    integer edges = 0;               // rising edges so far
    always @(posedge clock) edges <= edges + 1;

    integer issued = 0, checked = 0, mismatches = 0, bubbles = 0;
    integer issue_edge [0:RING - 1]; // issue cycle by vector index mod RING (at most LATENCY in flight)
    integer per_op [0:15], bad_op [0:15];
    integer i, seed, bubble_at = -1, bubble_left = 0;
    reg [103:0] v, w;
    reg bad;

    initial begin
        if (!$value$plusargs("narrow=%s", narrow_file) || !$value$plusargs("n_narrow=%d", n_narrow)
            || !$value$plusargs("wide=%s", wide_file) || !$value$plusargs("n_wide=%d", n_wide)) begin
            $display("ALU FAIL: usage: +narrow=FILE +n_narrow=N +wide=FILE +n_wide=M");
            $finish;
        end
        if (n_narrow < 0 || n_narrow > MAX_NARROW || n_wide < 0 || n_wide > MAX_WIDE
            || n_narrow + n_wide == 0) begin
            $display("ALU FAIL: bad vector counts %0d + %0d", n_narrow, n_wide);
            $finish;
        end
        if (n_narrow > 0) $readmemh(narrow_file, narrow, 0, n_narrow - 1);
        if (n_wide > 0) $readmemh(wide_file, wide, 0, n_wide - 1);
        total = n_narrow + n_wide;
        for (i = 0; i < 16; i = i + 1) begin
            per_op[i] = 0;
            bad_op[i] = 0;
        end
        // a vector that did not load (short file) is X: refuse to run
        for (i = 0; i < total; i = i + 1) begin
            v = vec(i);
            if (^v === 1'bx) begin
                $display("ALU FAIL: vector %0d is not loaded (X); file shorter than its count?", i);
                $finish;
            end
        end
        $display("alu_tb: %0d vectors (%0d narrow + %0d wide), latency %0d",
                 total, n_narrow, n_wide, LATENCY);
        seed = 1;
    end

    // Inputs change and outputs are sampled on the falling edge. Cycle c is the time between
    // rising edges c and c + 1 (`edges` = c); an op presented in cycle c (sampled by edge
    // c + 1) has its result on the outputs in cycle c + LATENCY (after LATENCY - 1 more edges),
    // as in hdl/src/alu.rs, where the sampling edge loads stage 1 and edge LATENCY stage LATENCY.
    initial begin
        // the flip-flops start from `initial` blocks and the RAM outputs are X until the
        // first clock: a few idle clocks first
        repeat (4) @(negedge clock);
        while (checked < total) begin
            @(negedge clock);
            // ---- check ----
            if (out_valid === 1'b1) begin
                if (checked >= issued) begin
                    mismatches = mismatches + 1;
                    if (mismatches <= SHOW)
                        $display("MISMATCH: out_valid with nothing in flight at edge %0d", edges);
                end else begin
                    w = vec(checked);
                    bad = 1'b0;
                    if (result !== w[31:0] || out_illegal !== (w[100] === 1'b1)
                        || out_tag !== checked[15:0]
                        || issue_edge[checked % RING] != edges - LATENCY)
                        bad = 1'b1;
                    if (bad) begin
                        mismatches = mismatches + 1;
                        bad_op[w[99:96]] = bad_op[w[99:96]] + 1;
                        if (mismatches <= SHOW)
                            $display("MISMATCH #%0d vector %0d (%s line %0d): op %0d a %08h b %08h: result %08h illegal %b tag %0d latency %0d; expected %08h illegal %b tag %0d latency %0d",
                                     mismatches, checked, checked < n_narrow ? "alu_narrow.hex" : "alu_wide.hex",
                                     (checked < n_narrow ? checked : checked - n_narrow) + 1,
                                     w[99:96], w[95:64], w[63:32], result, out_illegal, out_tag,
                                     edges - issue_edge[checked % RING], w[31:0], w[100],
                                     checked[15:0], LATENCY);
                    end
                    per_op[w[99:96]] = per_op[w[99:96]] + 1;
                    checked = checked + 1;
                end
            end else if (out_valid !== 1'b0 && edges > LATENCY + 1) begin
                mismatches = mismatches + 1;
                if (mismatches <= SHOW) $display("MISMATCH: out_valid is %b at edge %0d", out_valid, edges);
            end
            if (issued > checked && edges - issue_edge[checked % RING] > LATENCY) begin
                $display("ALU FAIL: vector %0d issued at edge %0d has no result at edge %0d",
                         checked, issue_edge[checked % RING], edges);
                $finish;
            end
            // ---- issue ----
            if (issued < total && issued > 0 && issued % BUBBLE_EVERY == 0
                && bubble_at != issued) begin
                // a gap of 1, 7 or 13 (> LATENCY) cycles starts
                bubble_at = issued;
                bubble_left = 1 + 6 * ((issued / BUBBLE_EVERY) % 3);
                bubbles = bubbles + 1;
            end
            if (bubble_left > 0) begin
                // no op, garbage operands
                bubble_left = bubble_left - 1;
                in_valid = 1'b0;
                op = $random(seed);
                a = $random(seed);
                b = $random(seed);
                in_tag = $random(seed);
            end else if (issued < total) begin
                v = vec(issued);
                in_valid = 1'b1;
                op = v[99:96];
                a = v[95:64];
                b = v[63:32];
                in_tag = issued[15:0];
                issue_edge[issued % RING] = edges;
                issued = issued + 1;
            end else begin
                in_valid = 1'b0;
            end
        end
        // nothing more may come out
        repeat (LATENCY + 2) begin
            @(negedge clock);
            if (out_valid !== 1'b0) begin
                mismatches = mismatches + 1;
                if (mismatches <= SHOW) $display("MISMATCH: extra out_valid at edge %0d", edges);
            end
        end
        for (i = 0; i < 16; i = i + 1)
            if (per_op[i] > 0)
                $display("  op %0d: %0d vectors, %0d mismatches", i, per_op[i], bad_op[i]);
        if (mismatches == 0 && checked == total)
            $display("ALU PASS: %0d vectors, 0 mismatches, %0d bubbles, %0d cycles", checked, bubbles, edges);
        else
            $display("ALU FAIL: %0d mismatches in %0d of %0d vectors", mismatches, checked, total);
        $finish;
    end
endmodule
