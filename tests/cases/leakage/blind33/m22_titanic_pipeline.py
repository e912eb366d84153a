"""
Titanic - a leak-free scikit-learn pipeline.

All imputation / encoding lives inside a ColumnTransformer so that
cross-validation refits it on each training fold. Hyper-parameters are
chosen by CV on the training split; the hold-out split is scored once.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

RANDOM_STATE = 42

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    """Row-wise features only - nothing here looks at other passengers."""
    df = df.copy()
    df["Title"] = df["Name"].str.extract(r",\s*([^\.]+)\.", expand=False).str.strip()
    df["Title"] = df["Title"].where(df["Title"].isin(["Mr", "Mrs", "Miss", "Master"]), "Other")
    df["FamilySize"] = df["SibSp"] + df["Parch"] + 1
    df["HasCabin"] = df["Cabin"].notna().astype(int)
    df["LogFare"] = np.log1p(df["Fare"])
    return df


train = add_features(train)
test = add_features(test)

numeric = ["Age", "LogFare", "FamilySize", "SibSp", "Parch"]
categorical = ["Pclass", "Sex", "Embarked", "Title", "HasCabin"]

X = train[numeric + categorical]
y = train["Survived"]

X_train, X_hold, y_train, y_hold = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE)

preprocess = ColumnTransformer([
    ("num", Pipeline([("impute", SimpleImputer(strategy="median")),
                      ("scale", StandardScaler())]), numeric),
    ("cat", Pipeline([("impute", SimpleImputer(strategy="most_frequent")),
                      ("onehot", OneHotEncoder(handle_unknown="ignore"))]), categorical),
])

pipe = Pipeline([("prep", preprocess),
                 ("clf", GradientBoostingClassifier(random_state=RANDOM_STATE))])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)

dummy = DummyClassifier(strategy="most_frequent")
print("Dummy CV accuracy: %.3f" % cross_val_score(dummy, X_train, y_train, cv=cv).mean())

param_grid = {
    "clf__n_estimators": [100, 300],
    "clf__max_depth": [2, 3, 4],
    "clf__learning_rate": [0.05, 0.1],
}
search = GridSearchCV(pipe, param_grid, cv=cv, scoring="accuracy", n_jobs=-1)
search.fit(X_train, y_train)
print("best params:", search.best_params_)
print("best CV accuracy: %.3f" % search.best_score_)

best = search.best_estimator_
hold_pred = best.predict(X_hold)
hold_proba = best.predict_proba(X_hold)[:, 1]
dummy.fit(X_train, y_train)
print("hold-out accuracy  model: %.3f   dummy: %.3f"
      % (accuracy_score(y_hold, hold_pred), accuracy_score(y_hold, dummy.predict(X_hold))))
print("hold-out ROC AUC   model: %.3f" % roc_auc_score(y_hold, hold_proba))

# refit on all labelled passengers for the Kaggle submission
best.fit(X, y)
submission = pd.DataFrame({"PassengerId": test["PassengerId"],
                           "Survived": best.predict(test[numeric + categorical])})
submission.to_csv("submission.csv", index=False)
print(submission.Survived.value_counts())
