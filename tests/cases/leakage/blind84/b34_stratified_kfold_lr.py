"""IBD vs control: CLR + L2 logistic regression, 5x stratified CV."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

LEAKY = ["calprotectin_followup", "biologic_therapy"]


def clr(counts, pseudo=0.5):
    logc = np.log(counts + pseudo)
    return logc.sub(logc.mean(axis=1), axis=0)


df = pd.read_csv("train.csv", parse_dates=["collection_date"]).drop(columns=LEAKY)
test = pd.read_csv("test.csv", parse_dates=["collection_date"])
taxa = [c for c in df.columns if c.startswith("g__")]

X = clr(df[taxa])
X["age"] = df["age"]
X["antibiotics_6mo"] = df["antibiotics_6mo"].astype(int)
y = df["ibd"].to_numpy()
print("n=%d  IBD share=%.3f" % (len(y), y.mean()))

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=17)
scoring = ["roc_auc", "average_precision", "recall", "precision"]
models = {
    "dummy": DummyClassifier(strategy="prior"),
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(C=0.05, class_weight="balanced", max_iter=5000)),
}
for name, m in models.items():
    res = cross_validate(m, X, y, cv=cv, scoring=scoring)
    print(name.ljust(8), "  ".join(f"{s}={np.nanmean(res['test_' + s]):.3f}" for s in scoring))

final = models["logreg"].fit(X, y)
X_test = clr(test[taxa])
X_test["age"] = test["age"]
X_test["antibiotics_6mo"] = test["antibiotics_6mo"].astype(int)
pd.DataFrame({"sample_id": test["sample_id"], "prediction": final.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
