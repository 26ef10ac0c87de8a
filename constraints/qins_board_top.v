// Board top for the iCE40 FPGA flow (scripts/fpga.sh): 12 MHz oscillator -> PLL -> the
// accelerator top (rtl/<config>.v), with a PLACEHOLDER host link on the UART pins.
//
// Defines (scripts/fpga.sh sets them; the PLL numbers come from `icepll -i 12 -o FREQ`):
//   ACCEL_TOP          accelerator module: qins_accel_up5k or qins_accel_hx8k
//   PLL_PAD            use SB_PLL40_PAD (iCEBreaker: the 12 MHz clock is on PLL pad 35);
//                      otherwise SB_PLL40_CORE fed from the clock pin (HX8K breakout, J3)
//   PLL_DIVR, PLL_DIVF, PLL_DIVQ, PLL_FILTER_RANGE   SB_PLL40 parameters
//   LEDS_ACTIVE_LOW    the board's LEDs light on 0 (iCEBreaker)
//   CLOCK_HZ           the PLL's output frequency in Hz (for the UART link's baud divider)
//
// The accelerator's host bus (docs/registers.md; ports in hdl/src/top.rs):
//   bus_address[23:0], bus_write_data[31:0], bus_write, bus_read   (requests, one-cycle strobes)
//   bus_read_data[31:0], bus_ready, bus_error                     (the answer, 2 cycles later)
//   busy
// Bus rules: a request is a one-cycle strobe of bus_write or bus_read with its address and
// data; its answer (bus_ready, bus_error, bus_read_data) comes exactly 2 cycles later; one
// request per cycle at most. Memory and table accesses are refused (bus_error, STATUS error
// code Busy) while `busy` is high; registers always answer.
// >>> UART HOST LINK GOES HERE <<< Replace the `host_link_placeholder` instance below by the
// UART link (rx/tx + framed protocol -> these bus signals, clocked by `clock` at CLOCK_HZ);
// nothing else in this file changes.
//
// host_link_placeholder is NOT a protocol: it exists so that synthesis keeps the whole
// accelerator (every bus input is driven from a pin, every output reaches a pin) with few
// logic cells. It shifts `rx` into a 60-bit register every clock; when the register's top
// bits are 2'b10 it issues {write, read, address[23:0], data[31:0]} (its next 58 bits) as a
// one-cycle request and clears; each answer {error, read_data} is shifted out on `tx`.
`default_nettype none

module host_link_placeholder (
    input  wire        clock,
    input  wire        rx,
    output wire        tx,
    output reg  [23:0] bus_address = 24'd0,
    output reg  [31:0] bus_write_data = 32'd0,
    output reg         bus_write = 1'b0,
    output reg         bus_read = 1'b0,
    input  wire [31:0] bus_read_data,
    input  wire        bus_ready,
    input  wire        bus_error
);
    reg [59:0] frame = 60'd0;
    reg [32:0] answer = 33'd0;
    assign tx = answer[32];
    always @(posedge clock) begin
        bus_write <= 1'b0;
        bus_read <= 1'b0;
        if (frame[59:58] == 2'b10) begin
            bus_write <= frame[57];
            bus_read <= frame[56] & !frame[57];
            bus_address <= frame[55:32];
            bus_write_data <= frame[31:0];
            frame <= 60'd0;
        end else begin
            frame <= {frame[58:0], rx};
        end
        if (bus_ready) answer <= {bus_error, bus_read_data};
        else answer <= {answer[31:0], 1'b0};
    end
endmodule

module qins_board_top (
    input  wire clk_12mhz,
    input  wire uart_rx,
    output wire uart_tx,
    output wire led_busy,
    output wire led_error,
    output wire led_alive
);
    wire clock, pll_lock;
`ifdef PLL_PAD
    SB_PLL40_PAD #(
`else
    SB_PLL40_CORE #(
`endif
        .FEEDBACK_PATH("SIMPLE"),
        .DIVR(`PLL_DIVR),
        .DIVF(`PLL_DIVF),
        .DIVQ(`PLL_DIVQ),
        .FILTER_RANGE(`PLL_FILTER_RANGE)
    ) pll (
`ifdef PLL_PAD
        .PACKAGEPIN(clk_12mhz),
`else
        .REFERENCECLK(clk_12mhz),
`endif
        .PLLOUTGLOBAL(clock),
        .LOCK(pll_lock),
        .RESETB(1'b1),
        .BYPASS(1'b0)
    );

    // host bus
    wire [23:0] bus_address;
    wire [31:0] bus_write_data, bus_read_data;
    wire bus_write, bus_read, bus_ready, bus_error, busy;
    wire link_write, link_read;
    assign bus_write = link_write & pll_lock;
    assign bus_read = link_read & pll_lock;

    // >>> UART HOST LINK GOES HERE (see the header) <<<
    host_link_placeholder link (
        .clock(clock), .rx(uart_rx), .tx(uart_tx),
        .bus_address(bus_address), .bus_write_data(bus_write_data),
        .bus_write(link_write), .bus_read(link_read),
        .bus_read_data(bus_read_data), .bus_ready(bus_ready), .bus_error(bus_error)
    );

    `ACCEL_TOP accel (
        .clock(clock),
        .bus_address(bus_address), .bus_write_data(bus_write_data),
        .bus_write(bus_write), .bus_read(bus_read),
        .bus_read_data(bus_read_data), .bus_ready(bus_ready), .bus_error(bus_error),
        .busy(busy)
    );

    // status LEDs (LEDS_ACTIVE_LOW: the iCEBreaker's red and green LEDs)
    reg error_seen = 1'b0;
    reg [23:0] heartbeat = 24'd0;
    always @(posedge clock) begin
        heartbeat <= heartbeat + 24'd1;
        if (bus_ready & bus_error) error_seen <= 1'b1;
    end
`ifdef LEDS_ACTIVE_LOW
    assign led_busy = !busy;
    assign led_error = !error_seen;
    assign led_alive = !(heartbeat[23] & pll_lock);
`else
    assign led_busy = busy;
    assign led_error = error_seen;
    assign led_alive = heartbeat[23] & pll_lock;
`endif
endmodule

`default_nettype wire
