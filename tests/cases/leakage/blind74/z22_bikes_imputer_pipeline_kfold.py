import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.impute import KNNImputer, SimpleImputer
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

# ----------------------------------------------------------------------------
# load + light cleaning
# ----------------------------------------------------------------------------
bikes = pd.read_csv("train.csv", parse_dates=["date"])
print(bikes.shape)
print(bikes.isna().sum()[bikes.isna().sum() > 0])

bikes = bikes.drop_duplicates(subset=["date", "hour"])
bikes.loc[bikes["humidity"] <= 0, "humidity"] = np.nan          # sensor fault
bikes.loc[bikes["windspeed"] > 67, "windspeed"] = np.nan        # physically implausible here
bikes["month"] = bikes["date"].dt.month
bikes["dow"] = bikes["date"].dt.dayofweek
bikes["is_rush"] = bikes["hour"].isin([7, 8, 9, 17, 18, 19]).astype(int)

numeric = ["temp", "feels_like", "humidity", "windspeed"]
categorical = ["season", "weather_code", "month", "dow", "hour"]
binary = ["holiday", "workingday", "is_rush"]

X = bikes[numeric + categorical + binary]
y = bikes["rentals"]

# ----------------------------------------------------------------------------
# all preprocessing inside the pipeline so every fold refits it
# ----------------------------------------------------------------------------
def make_pipe(imputer, model):
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", imputer), ("sc", StandardScaler())]), numeric),
        ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                          ("oh", OneHotEncoder(handle_unknown="ignore"))]), categorical),
        ("bin", "passthrough", binary),
    ])
    return Pipeline([("pre", pre), ("model", model)])


cv = KFold(n_splits=5, shuffle=True, random_state=0)
rf = RandomForestRegressor(n_estimators=200, min_samples_leaf=3, n_jobs=-1, random_state=0)

pipes = {
    "mean-only dummy": make_pipe(SimpleImputer(strategy="mean"), DummyRegressor()),
    "rf + median imputer": make_pipe(SimpleImputer(strategy="median"), rf),
    "rf + knn imputer": make_pipe(KNNImputer(n_neighbors=10), rf),
}
scores = {}
for name, pipe in pipes.items():
    mae = -cross_val_score(pipe, X, y, cv=cv, scoring="neg_mean_absolute_error")
    scores[name] = mae.mean()
    print(f"{name:22s} MAE {mae.mean():8.2f} +/- {mae.std():.2f}")

best = min((k for k in scores if k != "mean-only dummy"), key=scores.get)
print("selected:", best)

# ----------------------------------------------------------------------------
# submission
# ----------------------------------------------------------------------------
final = pipes[best].fit(X, y)
test = pd.read_csv("test.csv", parse_dates=["date"])
test.loc[test["humidity"] <= 0, "humidity"] = np.nan
test.loc[test["windspeed"] > 67, "windspeed"] = np.nan
test["month"] = test["date"].dt.month
test["dow"] = test["date"].dt.dayofweek
test["is_rush"] = test["hour"].isin([7, 8, 9, 17, 18, 19]).astype(int)
pd.DataFrame({"record_id": test["record_id"], "prediction": final.predict(test[numeric + categorical + binary])}).to_csv(
    "predictions.csv", index=False)
