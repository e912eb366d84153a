"""House prices – RFECV with Ridge, time-based evaluation.

Steps: impute + standardise the numeric design matrix, split by sale date, run RFECV with
TimeSeriesSplit on the training period, evaluate on later sales against a median baseline.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.feature_selection import RFECV
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import TimeSeriesSplit
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("train.csv", parse_dates=["sale_date"])
df = df.sort_values("sale_date").reset_index(drop=True)

df["house_age"] = df["sale_date"].dt.year - df["year_built"]
df["years_since_remod"] = df["sale_date"].dt.year - df["year_remod"]
df["total_sf"] = df[["total_bsmt_sf", "first_flr_sf", "second_flr_sf"]].sum(axis=1, min_count=1)
df["log_lot"] = np.log1p(df["lot_area"])
design = pd.get_dummies(
    df.drop(columns=["property_id", "sale_date", "sale_price", "price_per_sqft", "assessed_value_post_sale"]),
    columns=["neighborhood", "zoning", "kitchen_qual", "heating", "central_air"], dtype=float)
cols = design.columns

imputer = SimpleImputer(strategy="median")
scaler = StandardScaler()
X = pd.DataFrame(scaler.fit_transform(imputer.fit_transform(design)), columns=cols)
y = np.log(df["sale_price"]).values

train_mask = (df["sale_date"] < "2023-07-01").values
X_tr, y_tr = X[train_mask], y[train_mask]
X_te, y_te = X[~train_mask], y[~train_mask]

rfecv = RFECV(Ridge(alpha=3.0), step=2, cv=TimeSeriesSplit(n_splits=5),
              scoring="neg_root_mean_squared_error", min_features_to_select=5, n_jobs=-1)
rfecv.fit(X_tr, y_tr)
selected = cols[rfecv.support_]
print(f"RFECV kept {rfecv.n_features_} of {len(cols)} features")
curve = pd.Series(-rfecv.cv_results_["mean_test_score"], index=rfecv.cv_results_["n_features"])
print("CV RMSE (log) by number of features, best 10:")
print(curve.sort_values().head(10).round(4).to_string())

ridge = Ridge(alpha=3.0).fit(X_tr[selected], y_tr)
pred = ridge.predict(X_te[selected])
base = DummyRegressor(strategy="mean").fit(X_tr, y_tr).predict(X_te)

for name, p in [("mean baseline", base), ("RFECV ridge", pred)]:
    print(f"{name:14s} RMSE(log) {np.sqrt(mean_squared_error(y_te, p)):.4f}  "
          f"R2 {r2_score(y_te, p):.3f}  MAE ${mean_absolute_error(np.exp(y_te), np.exp(p)):,.0f}")
