"""Breast cancer Wisconsin - SVM on the 10 best features."""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt

from sklearn.datasets import load_breast_cancer
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC
from sklearn.metrics import accuracy_score, classification_report, confusion_matrix, ConfusionMatrixDisplay


def load_data():
    data = load_breast_cancer()
    X = pd.DataFrame(data.data, columns=data.feature_names)
    y = pd.Series(data.target, name='target')
    return X, y


def select_features(X, y, k=10):
    selector = SelectKBest(score_func=f_classif, k=k)
    X_new = selector.fit_transform(X, y)
    scores = pd.Series(selector.scores_, index=X.columns).sort_values(ascending=False)
    print('Top features:\n', scores.head(k))
    cols = X.columns[selector.get_support()]
    return pd.DataFrame(X_new, columns=cols)


def train_and_evaluate(X, y):
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=1, stratify=y)
    sc = StandardScaler()
    X_train = sc.fit_transform(X_train)
    X_test = sc.transform(X_test)

    clf = SVC(kernel='rbf', C=10, gamma='scale')
    clf.fit(X_train, y_train)
    pred = clf.predict(X_test)

    print('Accuracy: %.4f' % accuracy_score(y_test, pred))
    print(classification_report(y_test, pred, target_names=['malignant', 'benign']))
    ConfusionMatrixDisplay(confusion_matrix(y_test, pred)).plot()
    plt.show()
    return clf


def main():
    X, y = load_data()
    print(X.shape, y.value_counts().to_dict())

    X.iloc[:, :10].boxplot(figsize=(14, 5), rot=45)
    plt.show()

    X_sel = select_features(X, y, k=10)
    train_and_evaluate(X_sel, y)


if __name__ == '__main__':
    main()
