"""Bank churn: target encoding with category_encoders inside a Pipeline (refitted per fold)."""
import pandas as pd
import numpy as np
import category_encoders as ce
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_validate
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, f1_score

RANDOM_STATE = 11

df = pd.read_csv("Churn_Modelling.csv")
print(df.shape)
print(df["Exited"].mean())
print(df.groupby("Geography")["Exited"].mean())  # EDA only

df = df.drop(columns=["RowNumber", "CustomerId"])
df["BalanceSalaryRatio"] = df["Balance"] / df["EstimatedSalary"]
df["TenureByAge"] = df["Tenure"] / df["Age"]
df["ZeroBalance"] = (df["Balance"] == 0).astype(int)

y = df.pop("Exited")
X = df
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y,
                                                    random_state=RANDOM_STATE)

cat_cols = ["Geography", "Gender", "Surname"]
num_cols = [c for c in X.columns if c not in cat_cols]


def build(model):
    pre = ColumnTransformer([
        ("te", ce.TargetEncoder(cols=cat_cols, smoothing=10), cat_cols),
        ("num", StandardScaler(), num_cols),
    ])
    return Pipeline([("pre", pre), ("model", model)])


candidates = {
    "logreg": LogisticRegression(max_iter=1000, C=0.5),
    "gbc": GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05,
                                      random_state=RANDOM_STATE),
}

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=RANDOM_STATE)
summary = {}
for name, model in candidates.items():
    res = cross_validate(build(model), X_train, y_train, cv=skf, scoring=["roc_auc", "f1"])
    summary[name] = res["test_roc_auc"].mean()
    print(f"{name}: CV AUC {res['test_roc_auc'].mean():.4f}  CV F1 {res['test_f1'].mean():.4f}")

chosen = max(summary, key=summary.get)
pipe = build(candidates[chosen])
pipe.fit(X_train, y_train)
proba = pipe.predict_proba(X_test)[:, 1]
print(f"[{chosen}] test AUC = {roc_auc_score(y_test, proba):.4f}, "
      f"test F1 = {f1_score(y_test, (proba >= 0.5).astype(int)):.4f}")
