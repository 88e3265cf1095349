// @vitest-environment jsdom
import "#test/setup";
import { fireEvent, render, screen } from "@testing-library/react";
import { createMemoryRouter, Outlet, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { NotFoundPage } from "./NotFoundPage";

describe("admin 404 page", () => {
  it("renders inside the layout and links back to the dashboard", async () => {
    const router = createMemoryRouter(
      [
        {
          element: (
            <div>
              <nav aria-label="主菜单">菜单</nav>
              <Outlet />
            </div>
          ),
          children: [
            { path: "/", element: <p>工作台已打开</p> },
            { path: "*", element: <NotFoundPage /> },
          ],
        },
      ],
      { initialEntries: ["/no/such/page"] },
    );
    render(<RouterProvider router={router} />);
    expect(screen.getByText("页面不存在")).toBeTruthy();
    expect(screen.getByRole("navigation", { name: "主菜单" })).toBeTruthy();
    fireEvent.click(screen.getByRole("link", { name: "返回工作台" }));
    expect(await screen.findByText("工作台已打开")).toBeTruthy();
  });
});
