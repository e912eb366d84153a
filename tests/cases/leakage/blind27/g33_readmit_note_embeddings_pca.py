"""Readmission: pretrained sentence embeddings of discharge notes, reduced with PCA."""
import numpy as np
import pandas as pd
from sentence_transformers import SentenceTransformer
from sklearn.decomposition import PCA
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "readmitted_30d"
EMB_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
N_COMPONENTS = 24

stays = pd.read_csv("train.csv", parse_dates=["admit_date"]).reset_index(drop=True)
notes = stays["discharge_note"].fillna("").str.slice(0, 2000).tolist()

encoder = SentenceTransformer(EMB_MODEL)
embeddings = encoder.encode(notes, batch_size=64, show_progress_bar=True,
                            normalize_embeddings=True)
np.save("note_embeddings.npy", embeddings)

reducer = PCA(n_components=N_COMPONENTS, random_state=0)
reduced = reducer.fit_transform(embeddings)
print("variance kept:", reducer.explained_variance_ratio_.sum().round(3))
emb_cols = [f"note_pc{i}" for i in range(N_COMPONENTS)]
stays = stays.join(pd.DataFrame(reduced, columns=emb_cols, index=stays.index))

tabular = ["age", "length_of_stay", "num_medications", "num_diagnoses", "num_procedures",
           "emergency_admit", "hba1c", "creatinine"]
features = tabular + emb_cols

first_test_day = pd.Timestamp("2022-10-01")
in_train = stays["admit_date"] < first_test_day
train = stays[in_train]
test = stays[~in_train & ~stays["patient_id"].isin(train["patient_id"])]

clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)
clf.fit(train[features], train[TARGET])
p = clf.predict_proba(test[features])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train[features], train[TARGET])
q = dummy.predict_proba(test[features])[:, 1]
print("model AUC %.3f AP %.3f" % (roc_auc_score(test[TARGET], p), average_precision_score(test[TARGET], p)))
print("dummy AUC %.3f AP %.3f" % (roc_auc_score(test[TARGET], q), average_precision_score(test[TARGET], q)))
