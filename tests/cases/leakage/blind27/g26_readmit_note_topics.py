"""30-day readmission: LDA topics from discharge notes + clinical numerics."""
import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.decomposition import LatentDirichletAllocation
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "readmitted_30d"
CLINICAL = ["age", "length_of_stay", "num_medications", "num_diagnoses",
            "num_procedures", "emergency_admit", "hba1c", "creatinine"]


class NoteTopics:
    def __init__(self, n_topics=20, max_features=8000):
        self.vectorizer = CountVectorizer(stop_words="english", min_df=5, max_df=0.5,
                                          max_features=max_features)
        self.lda = LatentDirichletAllocation(n_components=n_topics, learning_method="online",
                                             batch_size=512, random_state=0)

    def fit(self, notes):
        counts = self.vectorizer.fit_transform(notes)
        self.lda.fit(counts)
        return self

    def transform(self, notes):
        return self.lda.transform(self.vectorizer.transform(notes))

    def top_words(self, n=8):
        vocab = self.vectorizer.get_feature_names_out()
        return [" ".join(vocab[np.argsort(c)[-n:]]) for c in self.lda.components_]


stays = pd.read_csv("train.csv", parse_dates=["admit_date"])
stays["discharge_note"] = stays["discharge_note"].fillna("")
stays[CLINICAL] = stays[CLINICAL].fillna(0)

topics = NoteTopics(n_topics=20).fit(stays["discharge_note"])
for i, words in enumerate(topics.top_words()):
    print(f"topic {i:2d}: {words}")
topic_cols = [f"topic_{i}" for i in range(20)]
stays[topic_cols] = topics.transform(stays["discharge_note"])

cutoff = pd.Timestamp("2022-07-01")
train = stays[stays["admit_date"] < cutoff]
test = stays[(stays["admit_date"] >= cutoff) & (~stays["patient_id"].isin(train["patient_id"]))]
print("train", train.shape, "test", test.shape)

feats = CLINICAL + topic_cols
scaler = StandardScaler().fit(train[feats])
clf = LogisticRegression(C=0.3, class_weight="balanced", max_iter=4000)
clf.fit(scaler.transform(train[feats]), train[TARGET])

p = clf.predict_proba(scaler.transform(test[feats]))[:, 1]
prior = DummyClassifier(strategy="prior").fit(train[feats], train[TARGET])
p0 = prior.predict_proba(test[feats])[:, 1]
print(f"LDA+LR AUC {roc_auc_score(test[TARGET], p):.3f} AP {average_precision_score(test[TARGET], p):.3f}")
print(f"prior  AUC {roc_auc_score(test[TARGET], p0):.3f} AP {average_precision_score(test[TARGET], p0):.3f}")
