# Red wine quality regression (UCI winequality-red.csv, ';' separated)
# keep only the most informative physico-chemical features, then tune a couple of regressors

import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.model_selection import train_test_split, GridSearchCV, KFold
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.svm import SVR
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import mean_squared_error, mean_absolute_error, r2_score

RANDOM_STATE = 0
K = 6

wine = pd.read_csv("winequality-red.csv", sep=";")
wine.columns = [c.replace(" ", "_") for c in wine.columns]
print(wine.shape)
print(wine.describe().T[["mean", "std", "min", "max"]])
print(wine["quality"].value_counts().sort_index())

dupes = wine.duplicated().sum()
print("duplicate rows:", dupes)
wine = wine.drop_duplicates().reset_index(drop=True)

# a few ratio features people use on this dataset
wine["free_sulfur_ratio"] = wine["free_sulfur_dioxide"] / wine["total_sulfur_dioxide"]
wine["acid_total"] = wine["fixed_acidity"] + wine["volatile_acidity"] + wine["citric_acid"]
wine["log_chlorides"] = np.log(wine["chlorides"])
wine["log_residual_sugar"] = np.log(wine["residual_sugar"])

X_all = wine.drop(columns="quality")
y_all = wine["quality"].astype(float)

selector = SelectKBest(score_func=f_regression, k=K)
X_sel = selector.fit_transform(X_all, y_all)
kept = X_all.columns[selector.get_support()]
print("kept features:", list(kept))
print(pd.Series(selector.scores_, index=X_all.columns).sort_values(ascending=False).round(1))

X_tr, X_te, y_tr, y_te = train_test_split(X_sel, y_all, test_size=0.2, random_state=RANDOM_STATE)


def report(name, y_true, y_pred):
    rmse = mean_squared_error(y_true, y_pred) ** 0.5
    mae = mean_absolute_error(y_true, y_pred)
    r2 = r2_score(y_true, y_pred)
    print(f"{name:>10s}  RMSE={rmse:.4f}  MAE={mae:.4f}  R2={r2:.4f}")
    return {"model": name, "rmse": rmse, "mae": mae, "r2": r2}


cv = KFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)

searches = {
    "rf": GridSearchCV(
        RandomForestRegressor(random_state=RANDOM_STATE, n_jobs=-1),
        {"n_estimators": [300, 600], "min_samples_leaf": [1, 3, 5], "max_features": [0.5, 1.0]},
        cv=cv,
        scoring="neg_root_mean_squared_error",
    ),
    "svr": GridSearchCV(
        make_pipeline(StandardScaler(), SVR()),
        {"svr__C": [0.3, 1, 3, 10], "svr__gamma": ["scale", 0.1, 0.03]},
        cv=cv,
        scoring="neg_root_mean_squared_error",
    ),
}

for name, gs in searches.items():
    gs.fit(X_tr, y_tr)
    print(name, "best params", gs.best_params_, "cv rmse", round(-gs.best_score_, 4))

# pick on CV, then score the winner on the test split
winner = min(searches, key=lambda n: -searches[n].best_score_)
print("winner:", winner)

results = []
dummy = DummyRegressor(strategy="mean").fit(X_tr, y_tr)
results.append(report("mean-only", y_te, dummy.predict(X_te)))
results.append(report(winner, y_te, searches[winner].best_estimator_.predict(X_te)))

# rounded predictions, since quality is an integer score
rounded = np.clip(np.rint(searches[winner].best_estimator_.predict(X_te)), 3, 8)
print("exact-match rate of rounded predictions:", round((rounded == y_te.values).mean(), 3))

print(pd.DataFrame(results).set_index("model").round(4))
