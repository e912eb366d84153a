# Quick random-forest model for the credit default task.
# Numeric columns only for a first pass; categoricals can come later.
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score


class DataLoader:
    def __init__(self, path):
        self.path = path
        self.df = None

    def load(self):
        self.df = pd.read_csv(self.path)
        print("loaded", self.df.shape)
        return self

    def numeric_xy(self, target="default_flag", exclude=()):
        num = self.df.select_dtypes(include=[np.number])
        X = num.drop(columns=[target, *exclude], errors="ignore")
        y = self.df[target]
        return X, y


class RFTrainer:
    def __init__(self, **params):
        self.params = params
        self.model = None

    def fit(self, X, y):
        self.model = RandomForestClassifier(**self.params)
        self.model.fit(X, y)
        return self

    def score(self, X, y):
        return accuracy_score(y, self.model.predict(X))

    def importances(self, cols):
        return pd.Series(self.model.feature_importances_, index=cols).sort_values(ascending=False)


loader = DataLoader("train.csv").load()
# recovery / collections fields only exist once a loan is already in default
X, y = loader.numeric_xy(exclude=["recovery_amount", "collection_status"])
X = X.fillna(-999)
print("features:", list(X.columns))

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)

results = {}
for depth in [6, 10, None]:
    for leaf in [1, 5]:
        tr = RFTrainer(n_estimators=300, max_depth=depth, min_samples_leaf=leaf,
                       n_jobs=-1, random_state=0).fit(X_train, y_train)
        results[(depth, leaf)] = (tr.score(X_train, y_train), tr)
        print(f"depth={depth} leaf={leaf}: train acc {results[(depth, leaf)][0]:.4f}")

# keep the least-overfit one (smallest train accuracy among deep-ish trees)
key = sorted(results, key=lambda k: results[k][0])[len(results) // 2]
trainer = results[key][1]
print("chosen params:", key)

test_acc = trainer.score(X_test, y_test)
print(f"hold-out accuracy: {test_acc:.4f}")

print(trainer.importances(X.columns).head(10))

sub_df = pd.read_csv("test.csv")
sub_X = sub_df.select_dtypes(include=[np.number]).reindex(columns=X.columns).fillna(-999)
sub = pd.DataFrame({"applicant_id": sub_df["applicant_id"],
                    "prediction": trainer.model.predict_proba(sub_X)[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub.head())
