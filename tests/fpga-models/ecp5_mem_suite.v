// Memories in the styles the accelerator's generated RTL uses (rust-hdl RAM/ROM: separate read
// and write processes, registered read, read-before-write; tables with power-up contents), plus
// the other block RAM patterns yosys maps onto DP16KD: write-first (transparent) and no-change
// single ports, byte enables, read enable, every port width (x1 .. x36). scripts/test-ecp5-models.sh
// synthesizes this with synth_ecp5 and simulates the mapped netlist against this RTL
// (tests/fpga-models/ecp5_mem_tb.v). Power-up contents come from init_<name>.hex files
// (random, written by the script). Every memory is forced into block RAM (ram_style).
module mem_suite(
    input clk,
    input [31:0] wd,
    input [13:0] wa, ra,
    input [7:0] we,
    input [3:0] re,
    output [255:0] q
);
    // A: 1024 x 32, read-before-write, separate read/write addresses (acc_mem style), no init
    (* ram_style = "block" *) reg [31:0] m_a [0:1023];
    reg [31:0] q_a;
    always @(posedge clk) q_a <= m_a[ra[9:0]];
    always @(posedge clk) if (we[0]) m_a[wa[9:0]] <= wd;

    // B: 256 x 16 with power-up contents (table style), written too
    (* ram_style = "block" *) reg [15:0] m_b [0:255];
    initial $readmemh("init_b.hex", m_b);
    reg [15:0] q_b;
    always @(posedge clk) q_b <= m_b[ra[7:0]];
    always @(posedge clk) if (we[1]) m_b[wa[7:0]] <= wd[15:0];

    // C: 128 x 32 with power-up contents (the x36 pseudo dual port)
    (* ram_style = "block" *) reg [31:0] m_c [0:127];
    initial $readmemh("init_c.hex", m_c);
    reg [31:0] q_c;
    always @(posedge clk) q_c <= m_c[ra[6:0]];
    always @(posedge clk) if (we[2]) m_c[wa[6:0]] <= wd;

    // D: 512 x 32, four byte enables (x36 with AD3:0 as byte enables)
    (* ram_style = "block" *) reg [31:0] m_d [0:511];
    reg [31:0] q_d;
    always @(posedge clk) q_d <= m_d[ra[8:0]];
    always @(posedge clk) begin
        if (we[3] & wd[0]) m_d[wa[8:0]][7:0] <= wd[7:0];
        if (we[3] & wd[1]) m_d[wa[8:0]][15:8] <= wd[15:8];
        if (we[3] & wd[2]) m_d[wa[8:0]][23:16] <= wd[23:16];
        if (we[3] & wd[3]) m_d[wa[8:0]][31:24] <= wd[31:24];
    end

    // E: 2048 x 8 (x9), F: 4096 x 4 (x4), G: 8192 x 2 (x2), H: 16384 x 1 (x1), all initialized
    (* ram_style = "block" *) reg [7:0] m_e [0:2047];
    (* ram_style = "block" *) reg [3:0] m_f [0:4095];
    (* ram_style = "block" *) reg [1:0] m_g [0:8191];
    (* ram_style = "block" *) reg m_h [0:16383];
    initial $readmemh("init_e.hex", m_e);
    initial $readmemh("init_f.hex", m_f);
    initial $readmemh("init_g.hex", m_g);
    initial $readmemh("init_h.hex", m_h);
    reg [7:0] q_e;
    reg [3:0] q_f;
    reg [1:0] q_g;
    reg q_h;
    always @(posedge clk) begin
        q_e <= m_e[ra[10:0]];
        q_f <= m_f[ra[11:0]];
        q_g <= m_g[ra[12:0]];
        q_h <= m_h[ra[13:0]];
        if (we[4]) m_e[wa[10:0]] <= wd[7:0];
        if (we[4]) m_f[wa[11:0]] <= wd[11:8];
        if (we[4]) m_g[wa[12:0]] <= wd[13:12];
        if (we[4]) m_h[wa[13:0]] <= wd[14];
    end

    // I: 1024 x 16 single port, write-first (the read sees the data being written)
    (* ram_style = "block" *) reg [15:0] m_i [0:1023];
    reg [9:0] a_i;
    always @(posedge clk) begin
        if (we[5]) m_i[wa[9:0]] <= wd[15:0];
        a_i <= wa[9:0];
    end
    wire [15:0] q_i = m_i[a_i];

    // J: 2048 x 8 single port, no change (no read while writing), initialized
    (* ram_style = "block" *) reg [7:0] m_j [0:2047];
    initial $readmemh("init_j.hex", m_j);
    reg [7:0] q_j;
    always @(posedge clk)
        if (we[6]) m_j[wa[10:0]] <= wd[23:16];
        else q_j <= m_j[wa[10:0]];

    // K: 1024 x 16 single port, two byte enables, read-before-write
    (* ram_style = "block" *) reg [15:0] m_k [0:1023];
    reg [15:0] q_k;
    always @(posedge clk) begin
        if (we[7] & wd[4]) m_k[wa[9:0]][7:0] <= wd[7:0];
        if (we[7] & wd[5]) m_k[wa[9:0]][15:8] <= wd[15:8];
        q_k <= m_k[wa[9:0]];
    end

    // L: 512 x 16, read enable (clock enable of the read port), initialized
    (* ram_style = "block" *) reg [15:0] m_l [0:511];
    initial $readmemh("init_l.hex", m_l);
    reg [15:0] q_l;
    always @(posedge clk) if (re[0]) q_l <= m_l[ra[8:0]];
    always @(posedge clk) if (we[1] & re[1]) m_l[wa[8:0]] <= wd[31:16];

    assign q = {q_l, q_k, q_j, q_i, q_h, q_g, q_f, q_e, q_d, q_c, q_b, q_a};
endmodule
