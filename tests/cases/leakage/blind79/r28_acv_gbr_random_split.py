"""Deal size (ACV) model.

Predict first-year contract value for a new opportunity from what we know at creation.
Metric: MAE in USD, compared with predicting the training-set median for everyone.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score

opps = pd.read_csv("train.csv", parse_dates=["created_date"])
opps_new = pd.read_csv("test.csv", parse_dates=["created_date"])
print(opps.shape, opps["created_date"].min().date(), "->", opps["created_date"].max().date())
print(opps["acv_usd"].describe().round(0))

# invoice_total_usd and discount_approved_pct come from billing after signature
CATS = ["segment", "industry", "region", "product_tier", "lead_source"]
NUMS = ["employee_count", "seats_requested", "n_stakeholders", "n_meetings_first_30d",
        "competitor_flag", "partner_sourced", "list_price_usd"]


def make_X(d, columns=None):
    X = d[NUMS].copy()
    X["log_employees"] = np.log1p(d["employee_count"])
    X["log_list_price"] = np.log1p(d["list_price_usd"])
    X["created_month"] = d["created_date"].dt.month
    X = X.join(pd.get_dummies(d[CATS], dtype=float))
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X.fillna(0)


X = make_X(opps)
y = np.log1p(opps["acv_usd"])

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, random_state=123)

gbr = GradientBoostingRegressor(n_estimators=500, learning_rate=0.05, max_depth=4,
                                subsample=0.8, loss="huber", random_state=123)
gbr.fit(X_tr, y_tr)

pred_usd = np.expm1(gbr.predict(X_te))
true_usd = np.expm1(y_te)
base_usd = np.full(len(y_te), np.expm1(y_tr.median()))

print(f"baseline (median) MAE: ${mean_absolute_error(true_usd, base_usd):,.0f}")
print(f"GBR MAE:               ${mean_absolute_error(true_usd, pred_usd):,.0f}")
print(f"GBR R2 (log scale):    {r2_score(y_te, gbr.predict(X_te)):.3f}")

err = pd.DataFrame({"segment": opps.loc[X_te.index, "segment"], "abs_err": np.abs(pred_usd - true_usd)})
print(err.groupby("segment")["abs_err"].median().round(0))

gbr.fit(X, y)
pd.DataFrame({"opportunity_id": opps_new["opportunity_id"],
              "prediction": np.expm1(gbr.predict(make_X(opps_new, X.columns)))}).to_csv("predictions.csv", index=False)
