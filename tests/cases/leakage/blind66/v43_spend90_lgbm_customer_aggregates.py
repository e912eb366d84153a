"""Predict each customer's spend over the next 90 days (spend_next_90d).

Customer table = aggregates of the invoice history; target = spend in the last
90 days of the log; 80/20 split over customers; LightGBM on log1p(spend).
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

HORIZON_DAYS = 90


def load_invoices(path="train.csv"):
    lines = pd.read_csv(path, parse_dates=["invoice_date"])
    lines = lines[(lines["quantity"] > 0) & (lines["unit_price"] > 0)].dropna(subset=["customer_id"])
    lines["value"] = lines["quantity"] * lines["unit_price"]
    inv = lines.groupby(["invoice_no", "customer_id"], as_index=False).agg(
        date=("invoice_date", "min"), amount=("value", "sum"), n_lines=("stock_code", "count"),
        n_units=("quantity", "sum"), country=("country", "first"))
    inv["customer_id"] = inv["customer_id"].astype(int)
    return inv


def customer_features(inv, ref_date):
    g = inv.groupby("customer_id")
    f = pd.DataFrame({
        "recency": (ref_date - g["date"].max()).dt.days,
        "T": (ref_date - g["date"].min()).dt.days,
        "frequency": g["invoice_no"].nunique(),
        "monetary_mean": g["amount"].mean(),
        "monetary_max": g["amount"].max(),
        "monetary_total": g["amount"].sum(),
        "lines_per_invoice": g["n_lines"].mean(),
        "units_per_invoice": g["n_units"].mean(),
        "uk": g["country"].first().eq("United Kingdom").astype(int),
    })
    for days in (30, 90, 180):
        recent = inv[inv["date"] > ref_date - pd.Timedelta(days=days)]
        f[f"spend_{days}d"] = recent.groupby("customer_id")["amount"].sum().reindex(f.index).fillna(0)
    f["active_months"] = g["date"].apply(lambda d: d.dt.to_period("M").nunique())
    return f


def main():
    inv = load_invoices()
    end = inv["date"].max()
    label_start = end - pd.Timedelta(days=HORIZON_DAYS)
    print("invoices:", len(inv), "| customers:", inv["customer_id"].nunique(), "| log end:", end.date())

    feats = customer_features(inv, end)
    # only customers who had bought before the label window
    feats = feats[feats["T"] > HORIZON_DAYS]
    label = inv[inv["date"] > label_start].groupby("customer_id")["amount"].sum()
    feats["spend_next_90d"] = label.reindex(feats.index).fillna(0)
    print(feats["spend_next_90d"].describe())

    X = feats.drop(columns="spend_next_90d")
    y = feats["spend_next_90d"]
    X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, random_state=1)

    model = lgb.LGBMRegressor(n_estimators=700, learning_rate=0.03, num_leaves=31, min_child_samples=30,
                              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=1, verbose=-1)
    model.fit(X_tr, np.log1p(y_tr))
    pred = np.expm1(model.predict(X_va)).clip(min=0)

    base = np.full(len(y_va), y_tr.mean())
    print(f"baseline (mean)  MAE {mean_absolute_error(y_va, base):.2f}  RMSE {mean_squared_error(y_va, base) ** .5:.2f}")
    print(f"lightgbm         MAE {mean_absolute_error(y_va, pred):.2f}  RMSE {mean_squared_error(y_va, pred) ** .5:.2f}")
    print(pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False).head(8))

    model.fit(X, np.log1p(y))
    ids = pd.read_csv("test.csv")["customer_id"]
    score_feats = customer_features(inv, end + pd.Timedelta(days=1)).reindex(ids)
    out = pd.DataFrame({"customer_id": ids, "prediction": np.expm1(model.predict(score_feats[X.columns])).clip(min=0)})
    out["prediction"] = out["prediction"].fillna(0)
    out.to_csv("predictions.csv", index=False)
    print("written", len(out))


if __name__ == "__main__":
    main()
