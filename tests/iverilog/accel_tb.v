// Self-checking Icarus Verilog testbench: replays a host program recorded on the model
// (`gen-vectors` -> accel_<config>.hex, layout in tests/src/vectors.rs) on an accelerator top.
//
//   iverilog -g2012 -DACCEL_TOP=qins_accel_sim8 -s accel_tb accel_tb.v rtl/qins_accel_sim8.v
//   vvp accel.vvp +program=accel_qins_accel_sim8.hex +n_program=N
//
// Entry = {kind[127:124], error[123:120], address[119:96], data[95:64], mask[63:32],
// budget[31:0]}:
//   0 write    bus write of data; the answer's bus_error must equal `error`
//   1 read     bus read; (bus_read_data & mask) must equal (data & mask), bus_error = error
//   2 wait     wait until the `busy` port is low (after 4 settling cycles), <= budget cycles
//   3 poll     read address until (bus_read_data & mask) == (data & mask), <= budget cycles
//   F end
// Bus protocol (docs/registers.md): a one-cycle strobe, answered with bus_ready exactly 2
// cycles later (bus_ready must be low in the cycle between). A missing answer or a wait
// over its budget stops the replay with FAIL; compare mismatches are counted (the first few
// printed) and the replay goes on. Ends with a line starting "ACCEL PASS" or "ACCEL FAIL".
`ifndef ACCEL_TOP
`define ACCEL_TOP qins_accel_sim8
`endif
`define ACCEL_TB_STR(x) `"x`"

module accel_tb;
    localparam integer MAX_PROGRAM = 1 << 16;
    localparam integer SHOW = 10;
    localparam integer SETTLE = 4;

    reg [127:0] program_mem [0:MAX_PROGRAM - 1];
    reg [8*1024-1:0] program_file;
    integer n_program;

    reg clock = 1'b0;
    reg [23:0] bus_address = 24'd0;
    reg [31:0] bus_write_data = 32'd0;
    reg bus_write = 1'b0, bus_read = 1'b0;
    wire [31:0] bus_read_data;
    wire bus_ready, bus_error, busy;

    `ACCEL_TOP dut (
        .clock(clock), .bus_address(bus_address), .bus_write_data(bus_write_data),
        .bus_write(bus_write), .bus_read(bus_read), .bus_read_data(bus_read_data),
        .bus_ready(bus_ready), .bus_error(bus_error), .busy(busy)
    );

    always #5 clock = ~clock;

    integer cycles = 0;
    always @(posedge clock) cycles <= cycles + 1;

    integer i, mismatches = 0, writes = 0, reads = 0, waits = 0, polls = 0;
    integer wait_cycles = 0, max_wait = 0, waited;
    reg [127:0] e;
    reg [3:0] kind;
    reg expect_error;
    reg [23:0] address;
    reg [31:0] data, mask, budget, got;
    reg got_error, done;

    task fail_now(input [8*200-1:0] why);
        begin
            $display("ACCEL FAIL: entry %0d (line %0d): %0s", i, i + 1, why);
            $finish;
            forever #1000;  // $finish takes effect when this thread blocks
        end
    endtask

    // one bus request from a falling edge; returns after the answer (a falling edge)
    task request(input is_write, input [23:0] addr, input [31:0] wdata,
                 output [31:0] rdata, output rerror);
        begin
            bus_address = addr;
            bus_write_data = wdata;
            bus_write = is_write;
            bus_read = !is_write;
            @(negedge clock);
            bus_write = 1'b0;
            bus_read = 1'b0;
            if (bus_ready !== 1'b0) fail_now("bus_ready 1 cycle after the request (expected 2)");
            @(negedge clock);
            if (bus_ready !== 1'b1) fail_now("no bus_ready 2 cycles after the request");
            rdata = bus_read_data;
            rerror = bus_error;
        end
    endtask

    task mismatch(input [8*40-1:0] what, input [31:0] got_v, input got_e);
        begin
            mismatches = mismatches + 1;
            if (mismatches <= SHOW)
                $display("MISMATCH #%0d entry %0d (line %0d) %0s 0x%06h: got %08h error %b, expected %08h error %b (mask %08h)",
                         mismatches, i, i + 1, what, address, got_v, got_e, data, expect_error, mask);
        end
    endtask

    initial begin
        if (!$value$plusargs("program=%s", program_file) || !$value$plusargs("n_program=%d", n_program)) begin
            $display("ACCEL FAIL: usage: +program=FILE +n_program=N");
            $finish;
        end
        if (n_program < 1 || n_program > MAX_PROGRAM) begin
            $display("ACCEL FAIL: bad entry count %0d", n_program);
            $finish;
        end
        $readmemh(program_file, program_mem, 0, n_program - 1);
        $display("accel_tb: %0d entries on %0s", n_program, `ACCEL_TB_STR(`ACCEL_TOP));
        // flip-flops start from `initial` blocks; RAM outputs are X until the first clock
        repeat (8) @(negedge clock);
        done = 1'b0;
        for (i = 0; i < n_program && !done; i = i + 1) begin
            e = program_mem[i];
            if (^e === 1'bx) fail_now("entry not loaded (X): file shorter than its count?");
            {kind, expect_error, address, data, mask, budget} = {e[127:124], e[120], e[119:96], e[95:64], e[63:32], e[31:0]};
            case (kind)
                4'h0: begin
                    request(1'b1, address, data, got, got_error);
                    writes = writes + 1;
                    if (got_error !== expect_error) mismatch("write", data, got_error);
                end
                4'h1: begin
                    request(1'b0, address, 32'd0, got, got_error);
                    reads = reads + 1;
                    if (got_error !== expect_error || ((got ^ data) & mask) !== 32'd0)
                        mismatch("read", got, got_error);
                end
                4'h2: begin
                    waits = waits + 1;
                    repeat (SETTLE) @(negedge clock);
                    waited = SETTLE;
                    while (busy !== 1'b0) begin
                        if (waited >= budget) fail_now("still busy after the wait budget");
                        @(negedge clock);
                        waited = waited + 1;
                    end
                    wait_cycles = wait_cycles + waited;
                    if (waited > max_wait) max_wait = waited;
                end
                4'h3: begin
                    polls = polls + 1;
                    waited = 0;
                    request(1'b0, address, 32'd0, got, got_error);
                    while (got_error !== 1'b0 || ((got ^ data) & mask) !== 32'd0) begin
                        if (waited >= budget) fail_now("poll condition not met within the budget");
                        request(1'b0, address, 32'd0, got, got_error);
                        waited = waited + 2;
                    end
                end
                4'hF: done = 1'b1;
                default: fail_now("unknown entry kind");
            endcase
        end
        if (!done) begin
            $display("ACCEL FAIL: no end entry in %0d entries", n_program);
        end else if (mismatches == 0)
            $display("ACCEL PASS: %0d entries (%0d writes, %0d reads compared, %0d waits, %0d polls), 0 mismatches, %0d cycles (%0d waiting, longest wait %0d)",
                     i, writes, reads, waits, polls, cycles, wait_cycles, max_wait);
        else
            $display("ACCEL FAIL: %0d mismatches in %0d entries (%0d writes, %0d reads)",
                     mismatches, i, writes, reads);
        $finish;
    end
endmodule
