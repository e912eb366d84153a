"""Music genre classification from audio features: two-level stacking with out-of-fold predictions."""
import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold, train_test_split
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import LabelEncoder, StandardScaler


class OOFStacker:
    """Level-1 models are trained per fold on the training part; the meta model sees only OOF probabilities."""

    def __init__(self, base_factories, meta, n_splits=5, seed=0):
        self.base_factories = base_factories
        self.meta = meta
        self.n_splits = n_splits
        self.seed = seed
        self.fold_models = {}

    def fit(self, X, y):
        n_classes = len(np.unique(y))
        skf = StratifiedKFold(self.n_splits, shuffle=True, random_state=self.seed)
        oof = np.zeros((len(X), n_classes * len(self.base_factories)))
        for b, (name, factory) in enumerate(self.base_factories.items()):
            self.fold_models[name] = []
            for tr, va in skf.split(X, y):
                m = factory()  # pipeline: scaler is refitted on this fold's training rows
                m.fit(X[tr], y[tr])
                oof[va, b * n_classes:(b + 1) * n_classes] = m.predict_proba(X[va])
                self.fold_models[name].append(m)
            acc = accuracy_score(y, oof[:, b * n_classes:(b + 1) * n_classes].argmax(1))
            print(f"  OOF accuracy {name}: {acc:.4f}")
        self.meta.fit(oof, y)
        return self

    def _level1(self, X):
        parts = [np.mean([m.predict_proba(X) for m in self.fold_models[name]], axis=0)
                 for name in self.base_factories]
        return np.hstack(parts)

    def predict(self, X):
        return self.meta.predict(self._level1(X))


songs = pd.read_csv("music_genre.csv")
songs = songs.dropna(subset=["music_genre"]).drop_duplicates(subset=["instance_id"])
songs = songs[songs["tempo"] != "?"]
songs["tempo"] = songs["tempo"].astype(float)
songs = songs[songs["duration_ms"] > 0]
print(songs.shape)
print(songs["music_genre"].value_counts())

songs["mode_major"] = (songs["mode"] == "Major").astype(int)
songs["duration_min"] = songs["duration_ms"] / 60000
songs = pd.get_dummies(songs, columns=["key"], dtype=int)

drop = ["instance_id", "artist_name", "track_name", "obtained_date", "music_genre", "mode", "duration_ms"]
X = songs.drop(columns=drop).to_numpy(dtype=float)
y = LabelEncoder().fit_transform(songs["music_genre"])

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

bases = {
    "logreg": lambda: make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.5)),
    "knn": lambda: make_pipeline(StandardScaler(), KNeighborsClassifier(n_neighbors=25)),
    "rf": lambda: RandomForestClassifier(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=0),
    "et": lambda: ExtraTreesClassifier(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=0),
}
stack = OOFStacker(bases, LogisticRegression(max_iter=2000), n_splits=5, seed=0)
print("fitting stack")
stack.fit(X_train, y_train)

pred = stack.predict(X_test)
print("stacked test accuracy: %.4f" % accuracy_score(y_test, pred))
print("stacked test macro F1: %.4f" % f1_score(y_test, pred, average="macro"))
