"""House price intervals with MAPIE (split conformal, prefit estimator)."""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.compose import make_column_transformer
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import RidgeCV
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from mapie.regression import MapieRegressor
from mapie.metrics import regression_coverage_score, regression_mean_width_score

SEED = 0
ALPHA = [0.05, 0.1, 0.2]

df = pd.read_csv("train.csv")
X = df.drop(columns=["house_id", "sale_price", "price_per_sqft", "closing_cost"])
y = df["sale_price"].to_numpy()

X_train, X_rest, y_train, y_rest = train_test_split(X, y, test_size=0.4, random_state=SEED)
X_calib, X_test, y_calib, y_test = train_test_split(X_rest, y_rest, test_size=0.5, random_state=SEED)

cat_cols = ["neighborhood", "condition"]
num_cols = [c for c in X.columns if c not in cat_cols]
prep = make_column_transformer(
    (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num_cols),
    (OneHotEncoder(handle_unknown="ignore"), cat_cols),
)

candidates = {
    "mean (dummy)": make_pipeline(prep, DummyRegressor()),
    "ridge": make_pipeline(prep, RidgeCV(alphas=np.logspace(-2, 3, 20))),
    "gbr": make_pipeline(prep, GradientBoostingRegressor(n_estimators=400, max_depth=3, learning_rate=0.05,
                                                         subsample=0.8, random_state=SEED)),
}
for name, est in candidates.items():
    est.fit(X_train, y_train)
    p = est.predict(X_calib)
    print(f"{name:13s} calib MAE {mean_absolute_error(y_calib, p):>10,.0f}  R2 {r2_score(y_calib, p):.3f}")

model = candidates["gbr"]

mapie = MapieRegressor(estimator=model, cv="prefit")
mapie.fit(X_calib, y_calib)
y_pred, y_pis = mapie.predict(X_test, alpha=ALPHA)

print(f"\ntest MAE gbr   {mean_absolute_error(y_test, y_pred):,.0f}")
print(f"test MAE dummy {mean_absolute_error(y_test, candidates['mean (dummy)'].predict(X_test)):,.0f}")
for i, a in enumerate(ALPHA):
    cov = regression_coverage_score(y_test, y_pis[:, 0, i], y_pis[:, 1, i])
    width = regression_mean_width_score(y_pis[:, 0, i], y_pis[:, 1, i])
    print(f"alpha={a:.2f}: coverage {cov:.3f} (target {1 - a:.2f}), mean width {width:,.0f}")

test = pd.read_csv("test.csv")
X_sub = test.drop(columns=["house_id", "price_per_sqft", "closing_cost"])
pred_sub, pis_sub = mapie.predict(X_sub, alpha=0.1)
pd.DataFrame({
    "house_id": test["house_id"],
    "prediction": pred_sub,
    "lower": pis_sub[:, 0, 0],
    "upper": pis_sub[:, 1, 0],
}).to_csv("predictions.csv", index=False)
