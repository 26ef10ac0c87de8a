// Random-operation comparison of mem_suite (RTL) and mem_suite_syn (the same after synth_ecp5,
// simulated with yosys's ECP5 cell models and tests/fpga-models/ecp5_*.v). Each cycle drives
// random write/read addresses, data and enables (addresses often drawn from a few values, so
// that reads and writes meet on one address), and compares every output bit that the RTL
// defines (RTL read registers start X, the RAM outputs 0; RAM words never written stay X in
// the RTL); every output bit must have been defined at least once. Ends with "MEM PASS" or
// "MEM FAIL". +cycles=N (default 20000; the script uses 4000), +seed=S, +corrupt flips one netlist bit once
// (a negative test: must FAIL).
module mem_tb;
    reg clk = 1'b0;
    reg [31:0] wd = 0;
    reg [13:0] wa = 0, ra = 0;
    reg [7:0] we = 0;
    reg [3:0] re = 0;
    wire [255:0] q_rtl, q_syn;
    mem_suite rtl (.clk(clk), .wd(wd), .wa(wa), .ra(ra), .we(we), .re(re), .q(q_rtl));
    mem_suite_syn syn (.clk(clk), .wd(wd), .wa(wa), .ra(ra), .we(we), .re(re), .q(q_syn));
    always #5 clk = ~clk;

    integer cycles, seed, n, mismatches = 0, compared = 0, k;
    reg corrupt;
    reg [255:0] known, diff, got, ever_known = 256'd0;
    integer known_bits = 0;

    function [13:0] addr(input integer r);
        // half of the time one of four addresses (collisions), else anywhere
        addr = ($urandom % 2) ? (r % 4) : ($urandom % 16384);
    endfunction

    initial begin
        if (!$value$plusargs("cycles=%d", cycles)) cycles = 20000;
        if (!$value$plusargs("seed=%d", seed)) seed = 1;
        corrupt = $test$plusargs("corrupt");
        k = $urandom(seed);
        for (n = 0; n < cycles; n = n + 1) begin
            @(negedge clk);
            // compare the outputs of the previous edge
            got = q_syn;
            if (corrupt && n == cycles / 2) got = got ^ (256'd1 << 40);
            for (k = 0; k < 256; k = k + 1) known[k] = (q_rtl[k] === 1'b0 || q_rtl[k] === 1'b1);
            ever_known = ever_known | known;
            for (k = 0; k < 256; k = k + 1) known_bits = known_bits + known[k];
            diff = (got ^ q_rtl) & known;
            compared = compared + (n > 0 ? 1 : 0);
            if (diff !== 256'd0) begin
                mismatches = mismatches + 1;
                if (mismatches <= 10)
                    $display("MISMATCH cycle %0d: rtl %h\n                     syn %h\n                    diff %h", n, q_rtl, got, diff);
            end
            wd = $urandom;
            wa = addr($urandom);
            ra = ($urandom % 3 == 0) ? wa : addr($urandom);
            we = $urandom;
            re = $urandom;
        end
        if (ever_known !== {256{1'b1}}) $display("MEM FAIL: RTL output bits never defined: %h", ~ever_known);
        else if (mismatches == 0)
            $display("MEM PASS: %0d cycles compared (%0d defined output bits), 0 mismatches", compared, known_bits);
        else $display("MEM FAIL: %0d mismatching cycles of %0d", mismatches, compared);
        $finish;
    end
endmodule
