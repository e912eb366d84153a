"""Pooled price-response model across products.

log(units) on log(price), log(competitor price), promo levers, product fixed effects and log revenue
(size of the business for that product that week). Evaluated with 10-fold CV.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import KFold, cross_val_predict

df = pd.read_csv("train.csv", parse_dates=["week"])
test = pd.read_csv("test.csv", parse_dates=["week"])


def design(d, products):
    X = pd.DataFrame(index=d.index)
    X["log_price"] = np.log(d["price"])
    X["log_comp_price"] = np.log(d["competitor_price"])
    X["log_revenue"] = np.log1p(d["revenue"])
    X["discount"] = 1 - d["price"] / d["base_price"]
    for c in ["promo_flag", "display", "feature", "holiday"]:
        X[c] = d[c]
    woy = d["week"].dt.isocalendar().week.astype(int)
    X["s1"], X["c1"] = np.sin(2 * np.pi * woy / 52), np.cos(2 * np.pi * woy / 52)
    fe = pd.get_dummies(pd.Categorical(d["product_id"], categories=products), prefix="p", drop_first=True, dtype=float)
    fe.index = d.index
    return X.join(fe)


products = sorted(df["product_id"].unique())
X = design(df, products)
y = np.log1p(df["units"])

cv = KFold(n_splits=10, shuffle=True, random_state=0)
oof = cross_val_predict(LinearRegression(), X, y, cv=cv)
units_hat = np.expm1(oof)
r2_log = 1 - np.sum((y - oof) ** 2) / np.sum((y - y.mean()) ** 2)
mape = np.mean(np.abs(df["units"] - units_hat) / df["units"].clip(lower=1))
print(f"10-fold CV: R2(log) {r2_log:.3f}  MAPE {mape:.3f}")

ols = LinearRegression().fit(X, y)
coefs = pd.Series(ols.coef_, index=X.columns)
print("pooled own-price elasticity  :", round(coefs["log_price"], 3))
print("pooled cross-price elasticity:", round(coefs["log_comp_price"], 3))
print(coefs[["discount", "promo_flag", "display", "feature", "holiday"]].round(3))

# per-category elasticity: refit pooled model within each category
for cat, g in df.groupby("category"):
    Xc = design(g, sorted(g["product_id"].unique()))
    m = LinearRegression().fit(Xc, np.log1p(g["units"]))
    print(f"{cat:<15} own elasticity {m.coef_[list(Xc.columns).index('log_price')]:.3f}")

# fold-by-fold stability of the CV score
fold_r2 = []
for tr_idx, va_idx in cv.split(X):
    m = LinearRegression().fit(X.iloc[tr_idx], y.iloc[tr_idx])
    r = y.iloc[va_idx] - m.predict(X.iloc[va_idx])
    fold_r2.append(1 - np.sum(r**2) / np.sum((y.iloc[va_idx] - y.iloc[va_idx].mean()) ** 2))
print("fold R2:", np.round(fold_r2, 3))

# residual check by product: any products the pooled model gets badly wrong?
resid = pd.DataFrame({"product_id": df["product_id"], "abs_pct_err": np.abs(df["units"] - units_hat) / df["units"].clip(lower=1)})
worst = resid.groupby("product_id")["abs_pct_err"].mean().sort_values(ascending=False)
print("worst products by CV MAPE:")
print(worst.head(8).round(3).to_string())

summary = pd.DataFrame({
    "elasticity": [coefs["log_price"], coefs["log_comp_price"]],
    "interpretation": ["own price +1% -> units %", "competitor price +1% -> units %"],
}, index=["own", "cross"])
summary.to_csv("elasticity_summary.csv")

X_test = design(test, products)
pd.DataFrame({"row_id": test["row_id"], "prediction": np.expm1(ols.predict(X_test)).clip(0)}).to_csv(
    "predictions.csv", index=False
)
