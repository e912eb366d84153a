"""House prices – feature-engine RecursiveFeatureElimination with time-ordered folds.

Train on sales before July 2023, test on later sales. RFE is fitted on the training
period only and its internal CV is a TimeSeriesSplit over date-sorted rows.
"""
import numpy as np
import pandas as pd
from feature_engine.selection import RecursiveFeatureElimination
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from sklearn.model_selection import TimeSeriesSplit

CUTOFF = pd.Timestamp("2023-07-01")

df = pd.read_csv("train.csv", parse_dates=["sale_date"])
df = df.sort_values("sale_date", kind="mergesort").reset_index(drop=True)
df = df.drop(columns=["price_per_sqft", "assessed_value_post_sale"])

df["house_age"] = df["sale_date"].dt.year - df["year_built"]
df["remodelled"] = (df["year_remod"] > df["year_built"]).astype(int)
df["total_sf"] = df[["total_bsmt_sf", "first_flr_sf", "second_flr_sf"]].fillna(0).sum(axis=1)
df["baths"] = df["full_bath"] + 0.5 * df["half_bath"]
df = pd.get_dummies(df, columns=["neighborhood", "zoning", "kitchen_qual", "heating", "central_air"],
                    dtype=float)

features = [c for c in df.columns if c not in ("property_id", "sale_date", "sale_price")]
X = df[features].fillna(0)
y = np.log(df["sale_price"])

is_train = df["sale_date"] < CUTOFF
X_tr, y_tr = X[is_train], y[is_train]
X_te, y_te = X[~is_train], y[~is_train]
print("train", X_tr.shape, "test", X_te.shape)

gbr = GradientBoostingRegressor(n_estimators=300, learning_rate=0.05, max_depth=3,
                                subsample=0.8, random_state=0)
rfe = RecursiveFeatureElimination(
    estimator=gbr,
    scoring="r2",
    cv=TimeSeriesSplit(n_splits=4),
    threshold=0.0005,
)
rfe.fit(X_tr, y_tr)
print("initial model R2 (CV):", round(rfe.initial_model_performance_, 4))
print("dropped", len(rfe.features_to_drop_), "features:", rfe.features_to_drop_[:15], "...")
drifts = pd.Series(rfe.performance_drifts_).sort_values(ascending=False)
print(drifts.head(15).round(5).to_string())

kept = [c for c in features if c not in rfe.features_to_drop_]
model = GradientBoostingRegressor(n_estimators=600, learning_rate=0.03, max_depth=3,
                                  subsample=0.8, random_state=0).fit(X_tr[kept], y_tr)
pred = np.exp(model.predict(X_te[kept]))
base = np.exp(DummyRegressor(strategy="median").fit(X_tr, y_tr).predict(X_te))
truth = np.exp(y_te)

print(f"model    MAE ${mean_absolute_error(truth, pred):,.0f}   MAPE {mean_absolute_percentage_error(truth, pred):.3%}")
print(f"baseline MAE ${mean_absolute_error(truth, base):,.0f}   MAPE {mean_absolute_percentage_error(truth, base):.3%}")
