"""Spaceship Titanic - ColumnTransformer pipeline, 5-fold CV, then submission."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier

RANDOM_STATE = 7

train = pd.read_csv("/kaggle/input/spaceship-titanic/train.csv")
test = pd.read_csv("/kaggle/input/spaceship-titanic/test.csv")
print(train.shape, test.shape)

SPEND = ["RoomService", "FoodCourt", "ShoppingMall", "Spa", "VRDeck"]


def engineer(data):
    data = data.copy()
    cabin = data["Cabin"].str.split("/", expand=True)
    data["Deck"] = cabin[0]
    data["CabinNum"] = pd.to_numeric(cabin[1], errors="coerce")
    data["Side"] = cabin[2]
    data["TotalSpend"] = data[SPEND].sum(axis=1)
    data["NoSpend"] = (data["TotalSpend"] == 0).astype(int)
    for c in SPEND + ["TotalSpend"]:
        data["log_" + c] = np.log1p(data[c])
    data["CryoSleep"] = data["CryoSleep"].astype("float")
    data["VIP"] = data["VIP"].astype("float")
    return data.drop(columns=["Name", "Cabin"])


train_fe = engineer(train)
test_fe = engineer(test)

y = train_fe.pop("Transported").astype(int)
X = train_fe.drop(columns=["PassengerId"])
X_sub = test_fe.drop(columns=["PassengerId"])

num_cols = X.select_dtypes(exclude="object").columns.tolist()
cat_cols = X.select_dtypes(include="object").columns.tolist()

preprocess = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num_cols),
    ("cat", make_pipeline(SimpleImputer(strategy="most_frequent"),
                          OneHotEncoder(handle_unknown="ignore")), cat_cols),
])

candidates = {
    "majority (baseline)": DummyClassifier(strategy="most_frequent"),
    "logreg": LogisticRegression(max_iter=2000, C=0.5),
    "random_forest": RandomForestClassifier(n_estimators=400, max_depth=12, random_state=RANDOM_STATE),
    "hist_gb": HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, random_state=RANDOM_STATE),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)
summary = []
for name, est in candidates.items():
    pipe = Pipeline([("prep", preprocess), ("model", est)])
    out = cross_validate(pipe, X, y, cv=cv, scoring=["accuracy", "roc_auc"], n_jobs=-1)
    summary.append({
        "model": name,
        "acc_mean": out["test_accuracy"].mean(),
        "acc_std": out["test_accuracy"].std(),
        "auc_mean": out["test_roc_auc"].mean(),
    })
    print(f"{name:<22} acc {out['test_accuracy'].mean():.4f} +- {out['test_accuracy'].std():.4f}")

summary = pd.DataFrame(summary).sort_values("acc_mean", ascending=False)
print(summary.to_string(index=False))

best = summary.iloc[0]["model"]
print("best by CV:", best)

# refit the chosen pipeline on every labelled row for the submission file
final_pipe = Pipeline([("prep", preprocess), ("model", candidates[best])])
final_pipe.fit(X, y)
submission = pd.DataFrame({
    "PassengerId": test["PassengerId"],
    "Transported": final_pipe.predict(X_sub).astype(bool),
})
submission.to_csv("submission.csv", index=False)
print(submission["Transported"].mean())
