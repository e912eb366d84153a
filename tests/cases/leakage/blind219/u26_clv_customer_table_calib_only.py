"""
12-month customer value model for the subscription box shop (clean feature set).

transactions.csv : customer_id, order_ts, amount, channel, discount_code
customers.csv    : customer_id, signup_ts, acquisition_source, region, age_band

Calibration period: everything before CUTOFF. Target: revenue in the 12
months after CUTOFF.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import KFold, cross_val_predict
from sklearn.metrics import mean_absolute_error, r2_score, mean_squared_log_error

CUTOFF = pd.Timestamp("2023-01-01")
HORIZON_END = CUTOFF + pd.DateOffset(months=12)

tx = pd.read_csv("transactions.csv", parse_dates=["order_ts"])
cu = pd.read_csv("customers.csv", parse_dates=["signup_ts"])
tx = tx[tx["amount"] > 0]
tx = tx.sort_values(["customer_id", "order_ts"])


def summarise(t, ref_date, prefix):
    g = t.groupby("customer_id")
    out = pd.DataFrame({
        f"{prefix}orders": g.size(),
        f"{prefix}revenue": g["amount"].sum(),
        f"{prefix}aov": g["amount"].mean(),
        f"{prefix}days_since_last": (ref_date - g["order_ts"].max()).dt.days,
        f"{prefix}discount_share": g["discount_code"].apply(lambda s: s.notna().mean()),
        f"{prefix}web_share": g["channel"].apply(lambda s: (s == "web").mean()),
    })
    gaps = t.groupby("customer_id")["order_ts"].diff().dt.days
    out[f"{prefix}mean_gap"] = gaps.groupby(t["customer_id"]).mean()
    return out


calib = tx[tx["order_ts"] < CUTOFF]
hold = tx[(tx["order_ts"] >= CUTOFF) & (tx["order_ts"] < HORIZON_END)]

table = cu[cu["signup_ts"] < CUTOFF].set_index("customer_id")
table["tenure_days"] = (CUTOFF - table["signup_ts"]).dt.days
table = table.join(summarise(calib, CUTOFF, "cal_"))
table = table.join(summarise(hold, HORIZON_END, "fut_")[["fut_revenue"]])
table[["cal_orders", "cal_revenue", "fut_revenue"]] = \
    table[["cal_orders", "cal_revenue", "fut_revenue"]].fillna(0)
table = table.rename(columns={"fut_revenue": "clv_12m"})
table = pd.get_dummies(table, columns=["acquisition_source", "region", "age_band"], dtype=int)
print(table.shape)
print(table["clv_12m"].describe())

y = table["clv_12m"]
X = table.drop(columns=["clv_12m", "signup_ts"])   # customer_id is the index, not a column
print("features:", list(X.columns))

model = xgb.XGBRegressor(
    n_estimators=800,
    max_depth=5,
    learning_rate=0.03,
    subsample=0.8,
    colsample_bytree=0.8,
    objective="reg:tweedie",
    tweedie_variance_power=1.3,
    random_state=5,
)

kf = KFold(n_splits=5, shuffle=True, random_state=5)
oof = cross_val_predict(model, X, y, cv=kf)
oof = np.clip(oof, 0, None)

print(f"CV MAE   : {mean_absolute_error(y, oof):.2f}")
print(f"CV R2    : {r2_score(y, oof):.3f}")
print(f"CV RMSLE : {np.sqrt(mean_squared_log_error(y, oof)):.3f}")

# how well does the ranking find the top decile of customers?
table["pred"] = oof
top = table["clv_12m"] >= table["clv_12m"].quantile(0.9)
flag = table["pred"] >= table["pred"].quantile(0.9)
print("top-decile precision:", round((top & flag).sum() / flag.sum(), 3))

model.fit(X, y)
imp = pd.Series(model.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(15).round(4))
