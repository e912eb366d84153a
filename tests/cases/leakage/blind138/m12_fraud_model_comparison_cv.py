import json
import pandas as pd
from sklearn.model_selection import train_test_split, cross_val_score, StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, classification_report

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]

df = pd.read_csv("train.csv")
df = df.dropna()
print("rows:", len(df))
print(df[TARGET].value_counts())

X = pd.get_dummies(df.drop(columns=[ID, TARGET] + task["leaky_columns"]), columns=["merchant_category"])
y = df[TARGET]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=0, stratify=y
)

models = {
    "baseline": DummyClassifier(strategy="prior"),
    "logistic": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    "forest": RandomForestClassifier(n_estimators=250, random_state=0, n_jobs=-1),
    "boosting": GradientBoostingClassifier(random_state=0),
}

# model choice by 5-fold CV on the training part only
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
cv_scores = {}
for name, model in models.items():
    scores = cross_val_score(model, X_train, y_train, cv=cv, scoring="average_precision")
    cv_scores[name] = scores.mean()
    print(f"{name:10s} CV AP = {scores.mean():.4f} (+/- {scores.std():.4f})")

best_name = max(cv_scores, key=cv_scores.get)
best_model = models[best_name].fit(X_train, y_train)
proba = best_model.predict_proba(X_test)[:, 1]
print("\nChosen by CV:", best_name)
print("Held-out test AP:", round(average_precision_score(y_test, proba), 4))
print(classification_report(y_test, best_model.predict(X_test)))

test = pd.read_csv("test.csv")
X_sub = pd.get_dummies(test, columns=["merchant_category"]).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({
    ID: test[ID],
    "prediction": best_model.predict_proba(X_sub.fillna(0))[:, 1],
}).to_csv("predictions.csv", index=False)
