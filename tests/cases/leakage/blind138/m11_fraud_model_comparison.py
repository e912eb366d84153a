import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.metrics import average_precision_score, classification_report

df = pd.read_csv("train.csv")
df = df.dropna()
print("rows:", len(df))
print(df["is_fraud"].value_counts())

drop_cols = ["transaction_id", "chargeback_flag", "is_fraud"]
X = pd.get_dummies(df.drop(columns=drop_cols), columns=["merchant_category"])
y = df["is_fraud"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=0, stratify=y
)

models = {
    "logistic": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    "tree": DecisionTreeClassifier(max_depth=6, random_state=0),
    "forest": RandomForestClassifier(n_estimators=250, random_state=0, n_jobs=-1),
    "boosting": GradientBoostingClassifier(random_state=0),
}

results = {}
for name, model in models.items():
    model.fit(X_train, y_train)
    proba = model.predict_proba(X_test)[:, 1]
    results[name] = average_precision_score(y_test, proba)
    print(f"{name:10s} test AP = {results[name]:.4f}")

best_name = max(results, key=results.get)
best_model = models[best_name]
print("\nBest model:", best_name)
print("Test average precision:", round(results[best_name], 4))
print(classification_report(y_test, best_model.predict(X_test)))

test = pd.read_csv("test.csv")
X_sub = pd.get_dummies(test, columns=["merchant_category"]).reindex(columns=X.columns, fill_value=0)
submission = pd.DataFrame({
    "transaction_id": test["transaction_id"],
    "prediction": best_model.predict_proba(X_sub.fillna(0))[:, 1],
})
submission.to_csv("predictions.csv", index=False)
