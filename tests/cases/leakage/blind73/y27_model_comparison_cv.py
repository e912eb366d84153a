"""AVM model selection by 5-fold CV on the training split; the test split is scored once."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from sklearn.model_selection import KFold, cross_val_score, train_test_split
from sklearn.neighbors import KNeighborsRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

FEATS = ["sqft_living", "sqft_lot", "bedrooms", "bathrooms", "year_built", "garage_spaces",
         "has_pool", "school_rating", "latitude", "longitude", "asking_price"]

homes = pd.read_csv("train.csv").dropna(subset=FEATS)
X, y = homes[FEATS], np.log(homes.sale_price)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=2024)

candidates = {
    "baseline_median": DummyRegressor(strategy="median"),
    "ridge": make_pipeline(StandardScaler(), Ridge(alpha=1.0)),
    "knn_10": make_pipeline(StandardScaler(), KNeighborsRegressor(n_neighbors=10, weights="distance")),
    "random_forest": RandomForestRegressor(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=0),
    "gbm": GradientBoostingRegressor(n_estimators=600, max_depth=4, learning_rate=0.05, random_state=0),
}

cv = KFold(n_splits=5, shuffle=True, random_state=1)
cv_mae = {}
for name, model in candidates.items():
    scores = -cross_val_score(model, X_train, y_train, cv=cv, scoring="neg_mean_absolute_error", n_jobs=-1)
    cv_mae[name] = scores.mean()
    print(f"{name:16s} CV log-MAE {scores.mean():.4f} (+/- {scores.std():.4f})")

best_name = min(cv_mae, key=cv_mae.get)
best = candidates[best_name].fit(X_train, y_train)
p = np.exp(best.predict(X_test))
print(f"\nchosen by CV: {best_name}")
print(f"test MAE  {mean_absolute_error(np.exp(y_test), p):,.0f}")
print(f"test MAPE {mean_absolute_percentage_error(np.exp(y_test), p):.4f}")

base = candidates["baseline_median"].fit(X_train, y_train)
print(f"baseline test MAPE {mean_absolute_percentage_error(np.exp(y_test), np.exp(base.predict(X_test))):.4f}")
