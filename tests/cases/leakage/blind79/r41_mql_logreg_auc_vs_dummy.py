import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, average_precision_score, balanced_accuracy_score

# MQL -> SQL (30 day) classifier
# ------------------------------------------------------------------
df = pd.read_csv("train.csv")
holdout = pd.read_csv("test.csv")

target = "sql_within_30d"
skip = ["contact_id", "sdr_disposition", "meeting_held", target]

categorical = [c for c in df.columns if df[c].dtype == object and c not in skip]
numeric = [c for c in df.columns if c not in categorical + skip]

X_train, X_test, y_train, y_test = train_test_split(
    df[categorical + numeric], df[target], test_size=0.25, random_state=8, stratify=df[target])

prep = make_column_transformer(
    (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), numeric),
    (make_pipeline(SimpleImputer(strategy="most_frequent"), OneHotEncoder(handle_unknown="ignore")), categorical),
)
clf = make_pipeline(prep, LogisticRegression(max_iter=2000, C=1.0, class_weight="balanced"))
clf.fit(X_train, y_train)
dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

p = clf.predict_proba(X_test)[:, 1]
rows = []
for name, pred, score in [("dummy (majority)", dummy.predict(X_test), dummy.predict_proba(X_test)[:, 1]),
                          ("logistic", clf.predict(X_test), p)]:
    rows.append({"model": name,
                 "accuracy": accuracy_score(y_test, pred),
                 "balanced_acc": balanced_accuracy_score(y_test, pred),
                 "roc_auc": roc_auc_score(y_test, score),
                 "pr_auc": average_precision_score(y_test, score)})
print(pd.DataFrame(rows).set_index("model").round(4))
print("note: majority class alone gets %.1f%% accuracy" % (100 * (1 - y_test.mean())))

# SDR capacity view: share of SQLs found when working the top k% of MQLs
order = np.argsort(-p)
hits = np.cumsum(y_test.values[order])
for k in (0.05, 0.1, 0.2):
    n = int(k * len(order))
    print(f"top {k:.0%}: {hits[n - 1] / y_test.sum():.1%} of SQLs, lift {hits[n - 1] / n / y_test.mean():.2f}")

clf.fit(df[categorical + numeric], df[target])
holdout["prediction"] = clf.predict_proba(holdout[categorical + numeric])[:, 1]
holdout[["contact_id", "prediction"]].to_csv("predictions.csv", index=False)
