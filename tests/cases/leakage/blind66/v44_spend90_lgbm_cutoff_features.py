"""Predict each customer's spend over the next 90 days (spend_next_90d).

For a cutoff date t: features from invoices before t, target = spend in [t, t + 90d).
Train at t = 2023-06-01, validate at t = 2023-10-02 (the last 90 days of the log),
LightGBM on log1p(spend).
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, mean_squared_error

HORIZON = pd.Timedelta(days=90)
TRAIN_CUTOFF = pd.Timestamp("2023-06-01")
VALID_CUTOFF = pd.Timestamp("2023-10-02")


def load_invoices(path="train.csv"):
    lines = pd.read_csv(path, parse_dates=["invoice_date"])
    lines = lines[(lines["quantity"] > 0) & (lines["unit_price"] > 0)].dropna(subset=["customer_id"])
    lines["value"] = lines["quantity"] * lines["unit_price"]
    inv = lines.groupby(["invoice_no", "customer_id"], as_index=False).agg(
        date=("invoice_date", "min"), amount=("value", "sum"), n_lines=("stock_code", "count"),
        n_units=("quantity", "sum"), country=("country", "first"))
    inv["customer_id"] = inv["customer_id"].astype(int)
    return inv


def customer_features(inv, cutoff):
    hist = inv[inv["date"] < cutoff]
    g = hist.groupby("customer_id")
    f = pd.DataFrame({
        "recency": (cutoff - g["date"].max()).dt.days,
        "T": (cutoff - g["date"].min()).dt.days,
        "frequency": g["invoice_no"].nunique(),
        "monetary_mean": g["amount"].mean(),
        "monetary_max": g["amount"].max(),
        "monetary_total": g["amount"].sum(),
        "lines_per_invoice": g["n_lines"].mean(),
        "units_per_invoice": g["n_units"].mean(),
        "uk": g["country"].first().eq("United Kingdom").astype(int),
    })
    for days in (30, 90, 180):
        recent = hist[hist["date"] >= cutoff - pd.Timedelta(days=days)]
        f[f"spend_{days}d"] = recent.groupby("customer_id")["amount"].sum().reindex(f.index).fillna(0)
    f["active_months"] = g["date"].apply(lambda d: d.dt.to_period("M").nunique())
    return f


def labelled_table(inv, cutoff):
    f = customer_features(inv, cutoff)
    window = inv[(inv["date"] >= cutoff) & (inv["date"] < cutoff + HORIZON)]
    f["spend_next_90d"] = window.groupby("customer_id")["amount"].sum().reindex(f.index).fillna(0)
    return f


def main():
    inv = load_invoices()
    end = inv["date"].max()
    print("invoices:", len(inv), "| customers:", inv["customer_id"].nunique(), "| log end:", end.date())

    train = labelled_table(inv, TRAIN_CUTOFF)
    valid = labelled_table(inv, VALID_CUTOFF)
    assert TRAIN_CUTOFF + HORIZON <= VALID_CUTOFF
    print(train["spend_next_90d"].describe())

    X_tr, y_tr = train.drop(columns="spend_next_90d"), train["spend_next_90d"]
    X_va, y_va = valid.drop(columns="spend_next_90d"), valid["spend_next_90d"]

    model = lgb.LGBMRegressor(n_estimators=700, learning_rate=0.03, num_leaves=31, min_child_samples=30,
                              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=1, verbose=-1)
    model.fit(X_tr, np.log1p(y_tr))
    pred = np.expm1(model.predict(X_va)).clip(min=0)

    base = np.full(len(y_va), y_tr.mean())
    print(f"baseline (mean)  MAE {mean_absolute_error(y_va, base):.2f}  RMSE {mean_squared_error(y_va, base) ** .5:.2f}")
    print(f"lightgbm         MAE {mean_absolute_error(y_va, pred):.2f}  RMSE {mean_squared_error(y_va, pred) ** .5:.2f}")
    print(pd.Series(model.feature_importances_, index=X_tr.columns).sort_values(ascending=False).head(8))

    # final model: most recent labelled cutoff, then score at the end of the log
    model.fit(X_va, np.log1p(y_va))
    ids = pd.read_csv("test.csv")["customer_id"]
    score_feats = customer_features(inv, end + pd.Timedelta(days=1)).reindex(ids)
    out = pd.DataFrame({"customer_id": ids, "prediction": np.expm1(model.predict(score_feats[X_tr.columns])).clip(min=0)})
    out["prediction"] = out["prediction"].fillna(0)
    out.to_csv("predictions.csv", index=False)
    print("written", len(out))


if __name__ == "__main__":
    main()
