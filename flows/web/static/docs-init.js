// Swagger UI for the OA API, from local assets (no CDN); an external file so the page needs no inline script.
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
