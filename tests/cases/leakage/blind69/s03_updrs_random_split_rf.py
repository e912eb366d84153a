"""Motor UPDRS regression from sustained-phonation voice features.

Quick random forest with a DummyRegressor for reference.
"""
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

SEED = 7

df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")

drop = ["recording_id", "subject_id", "motor_updrs", "total_updrs"]
features = [c for c in df.columns if c not in drop]
print(f"{len(features)} features, {len(df)} recordings, {df.subject_id.nunique()} subjects")

X = df[features]
y = df["motor_updrs"]

X_tr, X_val, y_tr, y_val = train_test_split(X, y, test_size=0.2, random_state=SEED)


def report(name, y_true, y_hat):
    rmse = np.sqrt(mean_squared_error(y_true, y_hat))
    print(f"{name:>8}: MAE={mean_absolute_error(y_true, y_hat):.3f} "
          f"RMSE={rmse:.3f} R2={r2_score(y_true, y_hat):.3f}")


dummy = DummyRegressor(strategy="mean").fit(X_tr, y_tr)
report("dummy", y_val, dummy.predict(X_val))

rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=SEED)
rf.fit(X_tr, y_tr)
report("rf", y_val, rf.predict(X_val))

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(10))

# refit on the full training file for the submission
rf.fit(X, y)
pd.DataFrame({"recording_id": test_df["recording_id"],
              "prediction": rf.predict(test_df[features])}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
