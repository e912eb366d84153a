"""House price take-home: model comparison by 10-fold CV on the training part,
paired t-test on fold RMSE, final holdout scored once."""
import numpy as np
import pandas as pd
from scipy import stats
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import KFold, cross_val_score, train_test_split

houses = pd.read_csv("data/house_sales.csv")
print(houses.shape)
print(houses.isna().sum()[houses.isna().sum() > 0])

TARGET = "sale_price"
houses["age"] = 2024 - houses["year_built"]
houses["baths_per_bed"] = houses["bathrooms"] / houses["bedrooms"].clip(lower=1)
cat_cols = ["neighborhood", "condition"]
num_cols = ["lot_area", "living_area", "bedrooms", "bathrooms", "age", "garage_cars",
            "overall_quality", "has_pool", "baths_per_bed"]

# clean-up: fill gaps with the column median / mode, standardise numerics, one-hot categoricals
houses[num_cols] = houses[num_cols].fillna(houses[num_cols].median())
for c in cat_cols:
    houses[c] = houses[c].fillna(houses[c].mode()[0])
houses[num_cols] = (houses[num_cols] - houses[num_cols].mean()) / houses[num_cols].std()
X = pd.get_dummies(houses[cat_cols + num_cols], columns=cat_cols, dtype=float)
y = np.log1p(houses[TARGET])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

models = {
    "mean_baseline": DummyRegressor(strategy="mean"),
    "ridge": RidgeCV(alphas=np.logspace(-2, 3, 20)),
    "random_forest": RandomForestRegressor(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=0),
    "gbr": GradientBoostingRegressor(n_estimators=600, learning_rate=0.03, max_depth=3, subsample=0.8, random_state=0),
}

cv = KFold(n_splits=10, shuffle=True, random_state=42)
fold_rmse = {}
for name, m in models.items():
    fold_rmse[name] = -cross_val_score(m, X_train, y_train, cv=cv, scoring="neg_root_mean_squared_error", n_jobs=-1)

summary = pd.DataFrame({k: {"rmse_log_mean": v.mean(), "rmse_log_sd": v.std()} for k, v in fold_rmse.items()}).T
print(summary.sort_values("rmse_log_mean").round(4))

ranked = summary.drop(index="mean_baseline").sort_values("rmse_log_mean").index
best, runner_up = ranked[0], ranked[1]
t, p = stats.ttest_rel(fold_rmse[best], fold_rmse[runner_up])
print(f"{best} vs {runner_up}: paired t={t:.2f}, p={p:.3f}")

final = models[best].fit(X_train, y_train)
pred = np.expm1(final.predict(X_test))
truth = np.expm1(y_test)
base_pred = np.expm1(models["mean_baseline"].fit(X_train, y_train).predict(X_test))
print(f"[holdout] {best}: RMSE={mean_squared_error(truth, pred) ** 0.5:,.0f}  MAE={mean_absolute_error(truth, pred):,.0f}  R2={r2_score(truth, pred):.3f}")
print(f"[holdout] mean baseline: RMSE={mean_squared_error(truth, base_pred) ** 0.5:,.0f}  MAE={mean_absolute_error(truth, base_pred):,.0f}")
