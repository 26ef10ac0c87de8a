// Board top for the ECP5 FPGA flow (scripts/fpga.sh ulx3s|ulx3s25f): 25 MHz oscillator ->
// EHXPLLL -> the UART host link (rtl/qins_uart_link_<board>.v) -> the accelerator top
// (rtl/<config>.v). As constraints/qins_board_top.v for the iCE40 boards, nothing but wiring:
// the link and the accelerator are generated from hdl/ (hdl/src/board.rs, `QinsUartLink`;
// hdl/src/top/). The bus strobes are gated until the PLL locks.
//
// Defines (scripts/fpga.sh sets them; the PLL numbers come from `ecppll -i 25 -o FREQ`):
//   ACCEL_TOP, LINK_TOP     the accelerator and link modules (the accelerator is kept as its
//                           own module instance for scripts/fpga-equiv.sh)
//   PLL_CLKI_DIV, PLL_CLKFB_DIV, PLL_CLKOP_DIV, PLL_CLKOP_CPHASE   EHXPLLL parameters
//                           (feedback from CLKOP; VCO = 25 MHz / CLKI_DIV * CLKFB_DIV * CLKOP_DIV)
//
// LEDs (ULX3S, active high): led_busy = the accelerator is busy or the link is inside a
// frame; led_error = the last link response was an error; led_alive = a heartbeat once the
// PLL locked (bit 25 of a counter: 2.2 Hz at 75 MHz).
`default_nettype none

module qins_board_top (
    input  wire clk_25mhz,
    input  wire uart_rx,
    output wire uart_tx,
    output wire led_busy,
    output wire led_error,
    output wire led_alive,
    output wire wifi_gpio0
);
    assign wifi_gpio0 = 1'b1;

    wire clock, pll_lock;
    (* FREQUENCY_PIN_CLKI="25" *)
    EHXPLLL #(
        .PLLRST_ENA("DISABLED"),
        .INTFB_WAKE("DISABLED"),
        .STDBY_ENABLE("DISABLED"),
        .DPHASE_SOURCE("DISABLED"),
        .OUTDIVIDER_MUXA("DIVA"),
        .CLKI_DIV(`PLL_CLKI_DIV),
        .CLKOP_ENABLE("ENABLED"),
        .CLKOP_DIV(`PLL_CLKOP_DIV),
        .CLKOP_CPHASE(`PLL_CLKOP_CPHASE),
        .CLKOP_FPHASE(0),
        .FEEDBK_PATH("CLKOP"),
        .CLKFB_DIV(`PLL_CLKFB_DIV)
    ) pll (
        .RST(1'b0),
        .STDBY(1'b0),
        .CLKI(clk_25mhz),
        .CLKOP(clock),
        .CLKFB(clock),
        .PHASESEL0(1'b0),
        .PHASESEL1(1'b0),
        .PHASEDIR(1'b1),
        .PHASESTEP(1'b1),
        .PHASELOADREG(1'b1),
        .PLLWAKESYNC(1'b0),
        .ENCLKOP(1'b0),
        .LOCK(pll_lock)
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

    reg [25:0] heartbeat = 26'd0;
    always @(posedge clock) heartbeat <= heartbeat + 26'd1;
    assign led_busy = link_busy;
    assign led_error = link_error;
    assign led_alive = heartbeat[25] & pll_lock;
endmodule

`default_nettype wire
