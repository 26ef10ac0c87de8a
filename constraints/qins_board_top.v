// Board top for the iCE40 FPGA flow (scripts/fpga.sh): 12 MHz oscillator -> PLL -> the UART
// host link (rtl/qins_uart_link_<board>.v) -> the accelerator top (rtl/<config>.v). No
// protocol logic is written here: the link (UART receiver and transmitter, the frame engine
// of docs/host-link.md) and the accelerator are both generated from hdl/ (hdl/src/board.rs,
// `QinsUartLink`; hdl/src/top.rs). This file only wires them, gates the bus strobes until
// the PLL locks and drives the LEDs.
//
// Defines (scripts/fpga.sh sets them; the PLL numbers come from `icepll -i 12 -o FREQ`):
//   ACCEL_TOP          accelerator module: qins_accel_up5k or qins_accel_hx8k (kept as its
//                      own module instance: scripts/fpga-equiv.sh simulates it out of the
//                      synthesized netlist)
//   LINK_TOP           UART link module: qins_uart_link_up5k or qins_uart_link_hx8k, whose
//                      clocks per bit are fixed for the PLL clock of sw/src/link.rs (FpgaBoard)
//                      (scripts/fpga.sh refuses a FREQ whose baud rate would be off)
//   PLL_PAD            use SB_PLL40_PAD (iCEBreaker: the 12 MHz clock is on PLL pad 35);
//                      otherwise SB_PLL40_CORE fed from the clock pin (HX8K breakout, J3)
//   PLL_DIVR, PLL_DIVF, PLL_DIVQ, PLL_FILTER_RANGE   SB_PLL40 parameters
//   LEDS_ACTIVE_LOW    the board's LEDs light on 0 (iCEBreaker)
//
// The accelerator's host bus (docs/registers.md; ports in hdl/src/top.rs), driven by the link:
//   bus_address[23:0], bus_write_data[31:0], bus_write, bus_read   (requests, one-cycle strobes)
//   bus_read_data[31:0], bus_ready, bus_error                     (the answer, 2 cycles later)
//   busy
// A strobe issued before the PLL locks is dropped; the link then answers that frame
// NoAnswer, and the host's next frame works.
//
// LEDs: led_busy = the accelerator is busy or the link is inside a frame; led_error = the
// last link response was an error; led_alive = a ~2.5 Hz heartbeat once the PLL locked.
`default_nettype none

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
    wire link_write, link_read, link_busy, link_error;
    assign bus_write = link_write & pll_lock;
    assign bus_read = link_read & pll_lock;

    `LINK_TOP link (
        .clock(clock), .uart_rx(uart_rx), .uart_tx(uart_tx),
        .bus_address(bus_address), .bus_write_data(bus_write_data),
        .bus_write(link_write), .bus_read(link_read),
        .bus_read_data(bus_read_data), .bus_ready(bus_ready), .bus_error(bus_error),
        .accel_busy(busy), .led_busy(link_busy), .led_error(link_error)
    );

    `ACCEL_TOP accel (
        .clock(clock),
        .bus_address(bus_address), .bus_write_data(bus_write_data),
        .bus_write(bus_write), .bus_read(bus_read),
        .bus_read_data(bus_read_data), .bus_ready(bus_ready), .bus_error(bus_error),
        .busy(busy)
    );

    // heartbeat: bit 23 of a counter toggles every 2^23 clocks (0.23 s at 36 MHz)
    reg [23:0] heartbeat = 24'd0;
    always @(posedge clock) heartbeat <= heartbeat + 24'd1;
`ifdef LEDS_ACTIVE_LOW
    assign led_busy = !link_busy;
    assign led_error = !link_error;
    assign led_alive = !(heartbeat[23] & pll_lock);
`else
    assign led_busy = link_busy;
    assign led_error = link_error;
    assign led_alive = heartbeat[23] & pll_lock;
`endif
endmodule

`default_nettype wire
