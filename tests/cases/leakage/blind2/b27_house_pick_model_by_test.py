import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import Ridge, Lasso
from sklearn.ensemble import RandomForestRegressor, GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("train.csv")
feats = ["sqft", "bedrooms", "bathrooms", "year_built", "lot_size"]
X_train, X_test, y_train, y_test = train_test_split(df[feats].fillna(0), df.sale_price, test_size=0.2, random_state=1)

candidates = {
    "baseline": DummyRegressor(),
    "ridge": Ridge(alpha=1.0),
    "lasso": Lasso(alpha=10.0),
    "rf": RandomForestRegressor(n_estimators=300, random_state=1),
    "gbr": GradientBoostingRegressor(random_state=1),
}
results = {}
for name, est in candidates.items():
    est.fit(X_train, y_train)
    results[name] = mean_absolute_error(y_test, est.predict(X_test))
    print(f"{name:10s} {results[name]:,.0f}")

best = min(results, key=results.get)
print("best model:", best, "test MAE", results[best])
final = candidates[best]
