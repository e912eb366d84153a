import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.linear_model import ElasticNet
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

# --- load -------------------------------------------------------------------
TARGET, TIME, ID = "revenue_12m", "signup_month", "customer_id"
clv = pd.read_csv("train.csv", parse_dates=[TIME])
clv_test = pd.read_csv("test.csv", parse_dates=[TIME])

# --- features ---------------------------------------------------------------
def design(d):
    out = pd.get_dummies(d[["acquisition_channel", "country", "device", "age_band"]], dtype=float)
    out["first_order_value"] = np.log1p(d["first_order_value"])
    out["first_order_items"] = d["first_order_items"]
    out["orders_first_30d"] = d["orders_first_30d"]
    out["spend_first_30d"] = np.log1p(d["spend_first_30d"])
    out["used_coupon"] = d["used_coupon"].astype(float)
    out["newsletter_opt_in"] = d["newsletter_opt_in"].astype(float)
    out["repeat_30d"] = (d["orders_first_30d"] > 1).astype(float)
    out["spend_x_orders"] = out["spend_first_30d"] * d["orders_first_30d"]
    return out


X_all = design(clv)
X_sub = design(clv_test).reindex(columns=X_all.columns, fill_value=0.0)
y_all = np.log1p(clv[TARGET])
print(X_all.shape, "candidate features")

# --- keep the 15 most informative features -------------------------------------
selector = SelectKBest(score_func=f_regression, k=15).fit(X_all, y_all)
kept = X_all.columns[selector.get_support()]
print("kept:", list(kept))
X_all, X_sub = X_all[kept], X_sub[kept]

# --- cohort split ----------------------------------------------------------------
cut = clv[TIME].sort_values().iloc[int(0.8 * len(clv))]
tr_mask = (clv[TIME] < cut).to_numpy()
X_tr, X_te = X_all[tr_mask], X_all[~tr_mask]
y_tr, y_te = y_all[tr_mask], y_all[~tr_mask]

enet = make_pipeline(StandardScaler(), ElasticNet(alpha=0.01, l1_ratio=0.5, max_iter=10000))
enet.fit(X_tr, y_tr)
dummy = DummyRegressor(strategy="mean").fit(X_tr, y_tr)

true = np.expm1(y_te)
for name, m in [("dummy (mean log)", dummy), ("elastic net", enet)]:
    p = np.expm1(m.predict(X_te))
    print(f"{name:18s} MAE={mean_absolute_error(true, p):.2f} RMSE={np.sqrt(mean_squared_error(true, p)):.2f} "
          f"R2={r2_score(true, p):.3f}")

en = enet.named_steps["elasticnet"]
print("non-zero coefficients:", int((en.coef_ != 0).sum()))
print(pd.Series(en.coef_, index=kept).sort_values())

enet.fit(X_all, y_all)
pd.DataFrame({ID: clv_test[ID], "prediction": np.expm1(enet.predict(X_sub))}).to_csv("predictions.csv", index=False)
