# Card fraud: scaled features, top-k selection, logistic regression tuned by grid search
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, train_test_split
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

drop = ["transaction_id", "card_id", "timestamp", "chargeback_flag"]
X_all = pd.get_dummies(df.drop(columns=drop + ["is_fraud"]), columns=["merchant_category", "country"], dtype=float)
X_all = X_all.fillna(0)
y = df["is_fraud"]
X_sub = pd.get_dummies(test.drop(columns=drop, errors="ignore"), columns=["merchant_category", "country"], dtype=float)
X_sub = X_sub.reindex(columns=X_all.columns, fill_value=0).fillna(0)
print(X_all.shape)

scaler = StandardScaler()
X_scaled = scaler.fit_transform(X_all)

selector = SelectKBest(f_classif, k=20)
X_sel = selector.fit_transform(X_scaled, y)
kept = X_all.columns[selector.get_support()]
print("kept:", list(kept))

X_train, X_test, y_train, y_test = train_test_split(X_sel, y, test_size=0.2, stratify=y, random_state=0)

gs = GridSearchCV(
    LogisticRegression(max_iter=5000, class_weight="balanced"),
    {"C": [0.01, 0.1, 1, 10], "penalty": ["l2"]},
    scoring="roc_auc", cv=5,
)
gs.fit(X_train, y_train)
print(gs.best_params_, gs.best_score_)

proba = gs.predict_proba(X_test)[:, 1]
print("test roc auc", roc_auc_score(y_test, proba))
print("test pr auc ", average_precision_score(y_test, proba))

coef = pd.Series(gs.best_estimator_.coef_[0], index=kept).sort_values()
print(coef)

X_sub_sel = selector.transform(scaler.transform(X_sub))
gs.best_estimator_.fit(X_sel, y)
pd.DataFrame({"transaction_id": test.transaction_id, "prediction": gs.best_estimator_.predict_proba(X_sub_sel)[:, 1]}).to_csv(
    "predictions.csv", index=False)
