# Red wine quality regression (UCI winequality-red.csv, ';' separated)
# feature selection is part of the model: SelectKBest sits in the pipeline and k is tuned by CV

import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.model_selection import train_test_split, GridSearchCV, KFold
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.svm import SVR
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import mean_squared_error, mean_absolute_error, r2_score

RANDOM_STATE = 0

wine = pd.read_csv("winequality-red.csv", sep=";")
wine.columns = [c.replace(" ", "_") for c in wine.columns]
print(wine.shape)
print(wine["quality"].value_counts().sort_index())

wine = wine.drop_duplicates().reset_index(drop=True)

wine["free_sulfur_ratio"] = wine["free_sulfur_dioxide"] / wine["total_sulfur_dioxide"]
wine["acid_total"] = wine["fixed_acidity"] + wine["volatile_acidity"] + wine["citric_acid"]
wine["log_chlorides"] = np.log(wine["chlorides"])
wine["log_residual_sugar"] = np.log(wine["residual_sugar"])

X_all = wine.drop(columns="quality")
y_all = wine["quality"].astype(float)

X_tr, X_te, y_tr, y_te = train_test_split(X_all, y_all, test_size=0.2, random_state=RANDOM_STATE)

# univariate scores on the training part, just to look at them
scores, _ = f_regression(X_tr, y_tr)
print(pd.Series(scores, index=X_tr.columns).sort_values(ascending=False).round(1))


def report(name, y_true, y_pred):
    rmse = mean_squared_error(y_true, y_pred) ** 0.5
    mae = mean_absolute_error(y_true, y_pred)
    r2 = r2_score(y_true, y_pred)
    print(f"{name:>10s}  RMSE={rmse:.4f}  MAE={mae:.4f}  R2={r2:.4f}")
    return {"model": name, "rmse": rmse, "mae": mae, "r2": r2}


cv = KFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)

rf_pipe = Pipeline([
    ("select", SelectKBest(score_func=f_regression)),
    ("model", RandomForestRegressor(random_state=RANDOM_STATE, n_jobs=-1)),
])
svr_pipe = Pipeline([
    ("scale", StandardScaler()),
    ("select", SelectKBest(score_func=f_regression)),
    ("model", SVR()),
])

searches = {
    "rf": GridSearchCV(
        rf_pipe,
        {"select__k": [4, 6, 8, "all"], "model__n_estimators": [300, 600], "model__min_samples_leaf": [1, 3, 5]},
        cv=cv,
        scoring="neg_root_mean_squared_error",
    ),
    "svr": GridSearchCV(
        svr_pipe,
        {"select__k": [4, 6, 8, "all"], "model__C": [0.3, 1, 3, 10], "model__gamma": ["scale", 0.1, 0.03]},
        cv=cv,
        scoring="neg_root_mean_squared_error",
    ),
}

for name, gs in searches.items():
    gs.fit(X_tr, y_tr)
    print(name, "best params", gs.best_params_, "cv rmse", round(-gs.best_score_, 4))

winner = min(searches, key=lambda n: -searches[n].best_score_)
print("winner:", winner)
best = searches[winner].best_estimator_
kept = X_tr.columns[best.named_steps["select"].get_support()]
print("features kept by the winning pipeline:", list(kept))

results = []
dummy = DummyRegressor(strategy="mean").fit(X_tr, y_tr)
results.append(report("mean-only", y_te, dummy.predict(X_te)))
results.append(report(winner, y_te, best.predict(X_te)))

rounded = np.clip(np.rint(best.predict(X_te)), 3, 8)
print("exact-match rate of rounded predictions:", round((rounded == y_te.values).mean(), 3))

print(pd.DataFrame(results).set_index("model").round(4))
