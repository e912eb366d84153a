"""APR spread: feature pruning with a boosted model, then conformalized quantile regression.

Split: quotes before the 70 % date quantile train the model; later quotes from borrowers not
seen in training are halved (by date) into calibration and test, again dropping repeat borrowers.
"""
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectFromModel
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error

ALPHA = 0.1

df = pd.read_csv("train.csv", parse_dates=["quote_date"]).sort_values("quote_date").reset_index(drop=True)
df["quote_month"] = df["quote_date"].dt.month
df["log_amount"] = np.log(df["loan_amount"])
df = pd.get_dummies(df, columns=["product_type", "region", "broker_id"], dtype=float)
candidates = [c for c in df.columns if c not in ["quote_date", "borrower_id", "final_apr", "apr_spread"]]
X_all = df[candidates].fillna(-1)

sfm = SelectFromModel(GradientBoostingRegressor(n_estimators=200, max_depth=3, random_state=0), threshold="median")
sfm.fit(X_all, df["apr_spread"])
selected = list(X_all.columns[sfm.get_support()])
print(f"{len(selected)} of {len(candidates)} features kept")

t1, t2 = df["quote_date"].quantile([0.7, 0.85])
tr = df[df["quote_date"] < t1]
cal = df[(df["quote_date"] >= t1) & (df["quote_date"] < t2) & ~df["borrower_id"].isin(tr["borrower_id"])]
seen = set(tr["borrower_id"]) | set(cal["borrower_id"])
te = df[(df["quote_date"] >= t2) & ~df["borrower_id"].isin(seen)]


def xy(frame):
    return frame[selected].fillna(-1), frame["apr_spread"].to_numpy()


X_tr, y_tr = xy(tr)
X_cal, y_cal = xy(cal)
X_te, y_te = xy(te)

kw = dict(n_estimators=400, max_depth=3, learning_rate=0.05, subsample=0.8, random_state=0)
lo_m = GradientBoostingRegressor(loss="quantile", alpha=ALPHA / 2, **kw).fit(X_tr, y_tr)
hi_m = GradientBoostingRegressor(loss="quantile", alpha=1 - ALPHA / 2, **kw).fit(X_tr, y_tr)
mid_m = GradientBoostingRegressor(loss="squared_error", **kw).fit(X_tr, y_tr)

scores = np.maximum(lo_m.predict(X_cal) - y_cal, y_cal - hi_m.predict(X_cal))
n = len(scores)
corr = np.quantile(scores, min(1.0, np.ceil((n + 1) * (1 - ALPHA)) / n), method="higher")

lo, hi = lo_m.predict(X_te) - corr, hi_m.predict(X_te) + corr
print(f"CQR correction   {corr:.2f} bps")
print(f"coverage (test)  {np.mean((y_te >= lo) & (y_te <= hi)):.3f}")
print(f"mean width       {np.mean(hi - lo):.2f} bps")
print(f"MAE point model  {mean_absolute_error(y_te, mid_m.predict(X_te)):.2f} bps")

sub = pd.read_csv("test.csv", parse_dates=["quote_date"])
sub["quote_month"] = sub["quote_date"].dt.month
sub["log_amount"] = np.log(sub["loan_amount"])
Xs = pd.get_dummies(sub, columns=["product_type", "region", "broker_id"], dtype=float).reindex(columns=selected, fill_value=0).fillna(-1)
pd.DataFrame({"prediction": mid_m.predict(Xs), "lower": lo_m.predict(Xs) - corr, "upper": hi_m.predict(Xs) + corr}).to_csv(
    "predictions.csv", index=False)
