"""House prices - tuned gradient boosting.

* 80/20 split; the 20% is touched once at the very end
* RandomizedSearchCV (5-fold) on the 80% for hyper-parameters
* learning curve of the tuned model (CV on the 80%)
* final report: MAE/RMSE/R2 with bootstrap CIs vs a median baseline,
  permutation importance on the holdout for the write-up
"""
import numpy as np
import pandas as pd
from scipy.stats import loguniform, randint
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.inspection import permutation_importance
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import KFold, RandomizedSearchCV, learning_curve, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

df = pd.read_csv("data/house_sales.csv")
leak = ["assessed_value_after_sale"]
df["age"] = 2024 - df["year_built"]
cats = ["neighborhood", "condition"]
nums = ["lot_area", "living_area", "bedrooms", "bathrooms", "age", "garage_cars", "overall_quality", "has_pool"]
X = df[cats + nums]
y = df["sale_price"]
X_dev, X_hold, y_dev, y_hold = train_test_split(X, y, test_size=0.2, random_state=11)

pipe = Pipeline([
    ("enc", ColumnTransformer([("ord", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cats)],
                              remainder="passthrough")),
    ("gbr", HistGradientBoostingRegressor(loss="absolute_error", categorical_features=[0, 1], random_state=11)),
])
space = {
    "gbr__learning_rate": loguniform(0.01, 0.3),
    "gbr__max_leaf_nodes": randint(8, 64),
    "gbr__min_samples_leaf": randint(5, 60),
    "gbr__l2_regularization": loguniform(1e-3, 10),
    "gbr__max_iter": randint(200, 1200),
}
cv = KFold(5, shuffle=True, random_state=11)
search = RandomizedSearchCV(pipe, space, n_iter=60, cv=cv, scoring="neg_mean_absolute_error", n_jobs=-1, random_state=11)
search.fit(X_dev, y_dev)
print("best CV MAE:", -search.best_score_)
print(search.best_params_)

sizes, tr, va = learning_curve(search.best_estimator_, X_dev, y_dev, cv=cv, scoring="neg_mean_absolute_error",
                               train_sizes=np.linspace(0.2, 1.0, 5), n_jobs=-1)
print(pd.DataFrame({"n": sizes, "train_mae": -tr.mean(1), "cv_mae": -va.mean(1)}).round(0))

model = search.best_estimator_
baseline = DummyRegressor(strategy="median").fit(X_dev, y_dev)
pred, base = model.predict(X_hold), baseline.predict(X_hold)
yh = y_hold.to_numpy()

rng = np.random.default_rng(0)
boot = {"mae": [], "rmse": [], "r2": []}
for _ in range(1000):
    i = rng.integers(0, len(yh), len(yh))
    boot["mae"].append(mean_absolute_error(yh[i], pred[i]))
    boot["rmse"].append(mean_squared_error(yh[i], pred[i]) ** 0.5)
    boot["r2"].append(r2_score(yh[i], pred[i]))
point = {"mae": mean_absolute_error(yh, pred), "rmse": mean_squared_error(yh, pred) ** 0.5, "r2": r2_score(yh, pred)}
for k in point:
    lo, hi = np.percentile(boot[k], [2.5, 97.5])
    print(f"holdout {k:4s} {point[k]:12.3f}  [{lo:.3f}, {hi:.3f}]")
print(f"median baseline MAE {mean_absolute_error(yh, base):,.0f}")

pi = permutation_importance(model, X_hold, y_hold, scoring="neg_mean_absolute_error", n_repeats=10, random_state=0)
print(pd.Series(pi.importances_mean, index=X_hold.columns).sort_values(ascending=False).round(0))
