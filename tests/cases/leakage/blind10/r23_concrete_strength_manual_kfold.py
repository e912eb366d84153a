"""Concrete compressive strength: manual KFold with the scaler fitted inside each fold."""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import KFold
from sklearn.svm import SVR
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score
import joblib

df = pd.read_csv("concrete_data.csv")
df.columns = ["cement", "slag", "fly_ash", "water", "superplasticizer", "coarse_agg",
              "fine_agg", "age", "strength"]
print(df.shape)
print(df.describe().T[["mean", "std", "min", "max"]])
print(df.corr()["strength"].sort_values(ascending=False))  # EDA only

# ratios used by civil engineers
df["w_c_ratio"] = df["water"] / df["cement"]
df["binder"] = df["cement"] + df["slag"] + df["fly_ash"]
df["w_b_ratio"] = df["water"] / df["binder"]
df["log_age"] = np.log(df["age"])
df["sp_per_binder"] = df["superplasticizer"] / df["binder"]

FEATURES = ["cement", "slag", "fly_ash", "water", "superplasticizer", "coarse_agg", "fine_agg",
            "log_age", "w_c_ratio", "w_b_ratio", "sp_per_binder"]
X = df[FEATURES].values
y = df["strength"].values


def run_cv(make_model, X, y, n_splits=10, seed=1):
    kf = KFold(n_splits=n_splits, shuffle=True, random_state=seed)
    maes, r2s = [], []
    for fold, (tr, va) in enumerate(kf.split(X)):
        scaler = StandardScaler()
        X_tr = scaler.fit_transform(X[tr])
        X_va = scaler.transform(X[va])
        model = make_model()
        model.fit(X_tr, y[tr])
        pred = model.predict(X_va)
        maes.append(mean_absolute_error(y[va], pred))
        r2s.append(r2_score(y[va], pred))
    return np.mean(maes), np.std(maes), np.mean(r2s)


candidates = {
    "svr": lambda: SVR(C=50, epsilon=0.5, gamma="scale"),
    "gbr": lambda: GradientBoostingRegressor(n_estimators=800, learning_rate=0.03, max_depth=4,
                                             subsample=0.8, random_state=1),
}

results = {}
for name, make in candidates.items():
    mae, mae_sd, r2 = run_cv(make, X, y)
    results[name] = mae
    print(f"{name}: MAE {mae:.2f} +/- {mae_sd:.2f} MPa, R2 {r2:.3f}")

best = min(results, key=results.get)
print("chosen by 10-fold CV:", best)

# deployment model: refit scaler and model on every row after the CV estimate
final_scaler = StandardScaler().fit(X)
final_model = candidates[best]().fit(final_scaler.transform(X), y)
joblib.dump({"scaler": final_scaler, "model": final_model, "features": FEATURES}, "concrete_model.joblib")
print("saved final model trained on", len(y), "mixes")
