import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET = "churned_next_month"
num = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]
cat = ["plan", "region"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
df = df.sort_values(["snapshot_month", "customer_id"]).reset_index(drop=True)

X = df[num + cat]
y = df[TARGET]


cv = list(GroupKFold(n_splits=4).split(X, y, groups=df["customer_id"]))
for i, (tr, va) in enumerate(cv):
    print(f"fold {i}: train={len(tr)} valid={len(va)} valid churn={y.iloc[va].mean():.3f}")

prep = make_column_transformer(
    (SimpleImputer(strategy="median"), num),
    (OneHotEncoder(handle_unknown="ignore"), cat),
)
models = {
    "dummy baseline": make_pipeline(prep, DummyClassifier(strategy="prior")),
    "gbm": make_pipeline(prep, GradientBoostingClassifier(n_estimators=250, max_depth=3,
                                                          learning_rate=0.05, subsample=0.8,
                                                          random_state=0)),
}

scores = {}
for name, pipe in models.items():
    res = cross_validate(pipe, X, y, cv=cv, scoring=["roc_auc", "average_precision"])
    scores[name] = {
        "roc_auc": res["test_roc_auc"].mean(),
        "roc_auc_sd": res["test_roc_auc"].std(),
        "pr_auc": res["test_average_precision"].mean(),
    }
print(pd.DataFrame(scores).T.round(4))

final = models["gbm"].fit(X, y)
pd.DataFrame({
    "snapshot_id": test["snapshot_id"],
    "prediction": final.predict_proba(test[num + cat])[:, 1],
}).to_csv("predictions.csv", index=False)
